"""A yes "in principle" whose reservation the writer lifts in the same breath.

"In principle yes" (principle_hedges: "in principle", "en principe", "en principio",
"grundsätzlich ja", "em princípio") holds a yes back for something still to be checked,
and so it doubts. A writer may lift the reservation at once, in the same sentence, by
saying that nothing stands in the way ("Grundsätzlich ja - und da ich nach Rücksprache
mit der Rechtsabteilung keinerlei Einwände sehe, ...", "En principe oui - et, après
vérification, je ne vois aucun obstacle"): the check is done, and the reservation with
it. Such a no-objection (one of the objection_clearings, all of them yeses) clears the
hedge only when it comes after it in its sentence, with nothing between but the check
said done (one of the approvals or principle_checks) and other yeses, and nothing after
it in the sentence that doubts, contrasts, asks or refuses, and only as a clause of its
own, one of the principle_links ("and", "et", "y", "und", "e") before it: "Grundsätzlich
keine Einwände" and "In principle, no objection" hold the no-objection itself in
principle, and stay unclear, as do "In principle yes, but I
must clear it with legal", "En principe oui, et si le ministère valide, je ne vois aucun
obstacle" and "Grundsätzlich ja, keine Einwände, sobald die Freigabe da ist" still wait.
"""

from __future__ import annotations

from dataclasses import replace

from agent.understanding.reply_phrases import Phrase, PhraseBook, Reading
from agent.understanding.reply_words import _sentence_end, _sentence_start

__all__ = ["lifted_principles", "objection_reasons"]

# The labels a phrase between the reservation and its lifting may have: the writer's
# own yeses ("En principe oui") and phrases that answer nothing.
_BETWEEN = frozenset({"yes", "weak_yes", "neutral"})
# The labels that, after the lifting in its sentence, hold the yes back again.
_AFTER = frozenset({"hedge", "contrast", "question", "no", "deferral"})


def lifted_principles(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each of the principle_hedges that the writer lifts in its
    sentence (see the module's docstring), and the checks said done between, read as
    nothing."""
    phrases = sorted(reading.phrases, key=lambda p: (p.start, p.end))
    lifted: set[Phrase] = set()
    for n, phrase in enumerate(phrases):
        if phrase.label != "hedge" or phrase.text not in book.principle_hedges:
            continue
        end = _sentence_end(reading, phrase.end)
        checks: list[Phrase] = []
        for later in phrases[n + 1 :]:
            if later.start >= end:
                break
            if later.label == "yes" and later.text in book.objection_clearings:
                linked = not book.principle_links.isdisjoint(
                    reading.tokens[phrase.end : later.start]
                )
                if linked and not any(
                    p.label in _AFTER for p in phrases if later.end <= p.start < end
                ):
                    lifted.update((phrase, *checks))
                break
            if later.label == "hedge" and (
                later.text in book.approvals or later.text in book.principle_checks
            ):
                checks.append(later)
            elif later.label not in _BETWEEN:
                break
    if not lifted:
        return reading
    return replace(
        reading,
        phrases=tuple(replace(p, label="neutral") if p in lifted else p for p in reading.phrases),
    )


def objection_reasons(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The negators of the sentence after a colon that closes a no-objection (one of the
    objection_clearings): "je ne vois aucun obstacle : le sujet ne touche à aucune
    négociation en cours", "No objection: the project does not compete with ours". The
    sentence tells why nothing stands in the way, and its negation says so again. Only
    a sentence that holds no phrase but neutral ones: "No objection: but I won't meet
    him" and "Keine Einwände: nur nicht vor März" still doubt."""
    found: set[int] = set()
    tokens = reading.tokens
    for phrase in reading.phrases:
        if phrase.label != "yes" or phrase.text not in book.objection_clearings:
            continue
        colon = _sentence_end(reading, phrase.end)
        if colon >= len(tokens) or tokens[colon] != ":":
            continue
        start = colon + 1
        end = _sentence_end(reading, start)
        if _sentence_start(reading, end - 1 if end > start else start) != start or any(
            start <= p.start < end and p.label != "neutral" for p in reading.phrases
        ):
            continue
        found.update(i for i in range(start, end) if book.negates_at(reading, i))
    return frozenset(found)
