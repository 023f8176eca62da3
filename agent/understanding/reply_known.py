"""A contrast inside a clause that tells what the other already knows.

"Gerne bestätige ich Ihnen, dass ich mit der Vorstellung einverstanden bin. Ich weise
darauf hin, dass ich keine bankinternen Informationen weitergeben kann, was Herrn Keller
aber bekannt sein dürfte": the "aber" stands inside a clause opened by a relative lead
("was", "which", "ce que", "lo que", "o que", "kama") that says the other knows it
already; it weighs the caveat lightly and turns nothing against the yes.
"""

from __future__ import annotations

from dataclasses import replace

from agent.understanding.reply_phrases import Phrase, PhraseBook, Reading
from agent.understanding.reply_words import _clause_bounds, _is_word


def _known_asides(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each of the known_contrasts ("aber", "however", "toutefois")
    that stands inside a clause opening with one of the known_leads (words in order:
    "was", "which", "ce que", "lo que", "o que", "kama"), not its first word, whose
    clause holds one of the known_words (being known or aware: "bekannt", "aware",
    "sait", "sabe", "ciente", "anajua"), none of the own_subjects (what the writer
    knows is no caveat weighed: "which I know is hard, though"), no negator and no
    phrase but neutral ones:
    "..., was Herrn Keller aber bekannt sein dürfte", "..., which Mr Keller will however
    be aware of". "Ja, gerne, was aber schwierig werden dürfte" (nothing known), "..., was
    ihm aber nicht bekannt ist" (negated) and "Ja, aber das ist ihm bekannt" (the
    contrast opens its clause) keep the contrast. Such a contrast is read as a neutral
    phrase, whose own negator ("sin embargo") negates nothing."""
    kept: list[Phrase] = []
    for phrase in reading.phrases:
        if (
            phrase.label == "contrast"
            and phrase.text in book.known_contrasts
            and _in_known_clause(reading, phrase, book)
        ):
            # Neutral, not dropped: its own negator ("sin embargo") negates nothing.
            phrase = replace(phrase, label="neutral")
        kept.append(phrase)
    return replace(reading, phrases=tuple(kept))


def _in_known_clause(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a contrast stands inside a clause telling what the other knows (see
    ``_known_asides``)."""
    first, last = _clause_bounds(reading, phrase.start, phrase.end)
    idx = [k for k in range(first, last) if _is_word(reading, k)]
    words = tuple(reading.tokens[k] for k in idx)
    if not words:
        return False
    lead = next(
        (ask for ask in book.known_leads.get(words[0], ()) if words[: len(ask)] == ask), None
    )
    if lead is None or len(idx) <= len(lead) or phrase.start < idx[len(lead)]:
        return False
    return (
        not book.known_words.isdisjoint(words)
        and book.own_subjects.isdisjoint(words)
        and not any(book.negates_at(reading, k) for k in idx if not phrase.start <= k < phrase.end)
        and not any(
            p is not phrase and p.label != "neutral" and first <= p.start < last
            for p in reading.phrases
        )
    )
