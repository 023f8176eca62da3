"""A yes given only for the time being.

"Yes, for now", "Sí, por ahora", "Oui, pour l'instant", "Ja, vorerst", "Sim, por
enquanto", "Ndiyo, kwa sasa": the yes is limited in time and hints that it may be
taken back; the writer has not agreed to an introduction that outlasts it, so the reply
is unclear. Only the limit that closes the yes counts: "for now" elsewhere scopes
something else ("I'm busy for now, but yes", "Yes, and for now email is best", "Yes!
Thanks for now."). The words (yes_time_limits) are data in ``rules/replies/*.json``.
"""

from __future__ import annotations

from dataclasses import replace

from agent.understanding.reply_phrases import SENTENCE_ENDS, Phrase, PhraseBook, Reading

__all__ = ["time_limited_yeses"]

# Marks that may stand between a yes and the limit that closes it ("Yes, for now",
# "Sure - for now"): a comma or dash (hyphen, en or em dash) keeps them in one clause, a
# stop would not.
_JOINING_MARKS = frozenset({",", "-", "\u2013", "\u2014"})


def time_limited_yeses(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with a hedge on each of the yes_time_limits ("for now", "por ahora",
    "pour l'instant", "vorerst", "por enquanto", "kwa sasa") that closes a yes: right
    after a yes phrase, with at most a comma or dash between, and ending its sentence
    (a stop, a line break or the end of the text after it). Where another phrase
    already reads the words ("not for now" refuses, "nothing further for now" closes),
    they are left to it."""
    tokens = reading.tokens
    words = [i for i, t in enumerate(tokens) if t.strip() and not reading.breaks[i]]
    added: list[Phrase] = []
    firsts = book.yes_time_limit_firsts
    # Only where a limit's first word stands ("for", "por", "kwa", common words): each
    # limit is tried there, not at every word.
    for at in [n for n, i in enumerate(words) if tokens[i] in firsts]:
        for limit in book.yes_time_limits:
            if tuple(tokens[i] for i in words[at : at + len(limit)]) != limit:
                continue
            start, end = words[at], words[at + len(limit) - 1] + 1
            if words[at : at + len(limit)] != list(range(start, end)):
                # Marks inside the words: "for, now" is not the phrase.
                continue
            if _closes_yes(reading, start, end):
                added.append(Phrase("hedge", start, end, " ".join(limit)))
    if not added:
        return reading
    return replace(
        reading, phrases=tuple(sorted((*reading.phrases, *added), key=lambda q: q.start))
    )


def _closes_yes(reading: Reading, start: int, end: int) -> bool:
    """Whether the words at ``start``..``end`` follow a yes phrase (only spaces, a comma
    or a dash between) and end their sentence, no phrase but that yes touching them."""
    tokens = reading.tokens
    if any(p.start < end and start < p.end for p in reading.phrases):
        return False
    after = end
    while after < len(tokens) and not tokens[after].strip():
        after += 1
    if after < len(tokens) and tokens[after] not in SENTENCE_ENDS and "\n" not in tokens[after]:
        return False
    before = start - 1
    while before >= 0 and (not tokens[before].strip() or tokens[before] in _JOINING_MARKS):
        if "\n" in tokens[before]:
            return False
        before -= 1
    return before >= 0 and any(p.label == "yes" and p.end == before + 1 for p in reading.phrases)
