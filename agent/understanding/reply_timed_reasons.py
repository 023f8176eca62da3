"""A negated reason for a time preferred, after a yes: a note on when to meet.

"Yes happy to. I don't drive after dark so daytime please", "Je ne conduis plus la
nuit, donc plutôt en journée", "No conduzco de noche, así que mejor de día", "Ich fahre
nicht mehr im Dunkeln, also lieber tagsüber", "Não dirijo à noite, então de preferência
de dia": the negation tells why the writer would rather meet at one time of day; it
refuses nothing, and the yes before it stands. The words (reason_consequences,
time_preferences, preference_fillers) are data in ``rules/replies/*.json``.
"""

from __future__ import annotations

from agent.understanding.reply_negation import _standing_yes_before
from agent.understanding.reply_phrases import PhraseBook, Reading
from agent.understanding.reply_words import _is_word, _sentences

__all__ = ["timed_reasons"]

# How many words the reason may run to ("I don't drive after dark any more").
_REASON_WORDS = 10


def timed_reasons(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The tokens of each sentence, after a yes said in an earlier one, that gives a
    negated reason and then, after one of the reason_consequences ("so", "donc", "así
    que", "also", "então", "kwa hiyo"), only a time of day preferred: a time (one of the
    time_preferences, "daytime", "en journée", "tagsüber", or a time of the writer's week,
    "mornings") among preference_fillers alone ("please", "plutôt", "lieber", "de
    preferência"). The reason, a few words, holds a negator, no phrase but a bare
    negator and neutral ones, and none of the reach_stops (the introduction, a doubt,
    waiting, interest), wish_words, conditionals or words for the other
    (reply_gap_others): "I don't want to meet him so no", "I don't trust him so daytime
    please" and "I'm not sure, so mornings maybe" still doubt; a question is no note."""
    if not book.reason_consequences:
        return frozenset()
    out: set[int] = set()
    for at, end in _sentences(reading):
        if _timed_reason(reading, at, end, book):
            out.update(range(at, end))
    return frozenset(out)


def _timed_reason(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether the sentence from ``start`` to ``end`` is a negated reason for a time
    preferred, after a standing yes (see ``timed_reasons``)."""
    tokens = reading.tokens
    if end < len(tokens) and tokens[end] == "?":
        return False
    if not _standing_yes_before(reading, start, book):
        return False
    words = [i for i in range(start, end) if _is_word(reading, i)]
    said = tuple(tokens[i] for i in words)
    lead = next(
        (
            (k, k + len(wanted))
            for k in range(1, min(len(said), _REASON_WORDS + 1))
            for wanted in book.reason_consequences
            if said[k : k + len(wanted)] == wanted
        ),
        None,
    )
    if lead is None:
        return False
    reason = [words[k] for k in range(lead[0])]
    negators = [i for i in reason if book.negates_at(reading, i)]
    if not negators:
        return False
    told = [tokens[i] for i in reason]
    if any(
        w in book.reach_stops
        or w.startswith(book.reach_stop_stems)
        or w in book.wish_words
        or w in book.conditionals
        or w in book.reply_gap_others
        for w in told
    ):
        return False
    # A bare negator may read as a refusal ("No conduzco": the "no" before a verb); any
    # other phrase says more than a reason.
    if any(
        start <= p.start < end
        and p.label != "neutral"
        and not (p.end - p.start == 1 and p.start in negators)
        for p in reading.phrases
    ):
        return False
    return _time_preferred(said[lead[1] :], book)


def _time_preferred(words: tuple[str, ...], book: PhraseBook) -> bool:
    """Whether ``words`` name a time of day preferred and nothing else: one of the
    time_preferences or the writer's recurring_times, every other word one of the
    preference_fillers."""
    rest = list(words)
    timed = False
    for time in book.time_preferences:
        size = len(time)
        at = 0
        while at + size <= len(rest):
            if tuple(rest[at : at + size]) == time:
                del rest[at : at + size]
                timed = True
            else:
                at += 1
    timed = timed or any(w in book.recurring_times for w in rest)
    return timed and all(w in book.preference_fillers or w in book.recurring_times for w in rest)
