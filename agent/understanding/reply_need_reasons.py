"""A negated clause after a yes that tells why the writer needs what the other offers.

"Sim, pode apresentar! A gente tá precisando muito de foto melhor pros anúncios, as do
celular não estão vendendo nada", "Yes please. We really need better photos, the phone
ones aren't selling": the negation tells what is not working for the writer, the reason
for the yes; it refuses nothing. The words (own_needs) are data in
``rules/replies/*.json``.
"""

from __future__ import annotations

from agent.understanding.reply_negation import _standing_yes_before
from agent.understanding.reply_phrases import PhraseBook, Reading
from agent.understanding.reply_words import _clause_bounds, _is_date, _is_word, _sentences

__all__ = ["need_reasons"]

# How many words may lead the need in its sentence ("Honestly, we need ..."), and stand
# between its words ("a gente tá precisando muito").
_NEED_LEAD = 2
_NEED_GAP = 2


def need_reasons(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The tokens of each negated clause that tells why the writer needs something,
    after a yes said in an earlier sentence: its sentence opens (after ``_NEED_LEAD``
    words at most) with one of the own_needs, that clause negates nothing and holds no
    phrase but neutral ones, and the negated clause is the next one, after a comma, and
    closes the sentence. It holds no phrase but bare negators and neutral ones, none of
    the own_subjects (the writer: "we need photos, I don't want to meet him"), the
    reply_gap_others (the other: "not him"), reach_stops, wish_words, conditionals,
    intro_stems, meeting_words, dates ("we need someone, but not now") and no question.
    """
    if not book.own_needs:
        return frozenset()
    out: set[int] = set()
    for at, end in _sentences(reading):
        out.update(_need_reason(reading, at, end, book))
    return frozenset(out)


def _need_reason(reading: Reading, start: int, end: int, book: PhraseBook) -> range:
    """The negated clause of the sentence from ``start`` to ``end`` that tells why the
    writer needs something (see ``need_reasons``), or an empty range."""
    tokens = reading.tokens
    none = range(0)
    if (end < len(tokens) and tokens[end] == "?") or not _standing_yes_before(reading, start, book):
        return none
    words = [i for i in range(start, end) if _is_word(reading, i)]
    if not words or not _needs_at(reading, words, book):
        return none
    _, first_end = _clause_bounds(reading, words[0], words[0] + 1)
    if first_end >= end or tokens[first_end] != ",":
        return none
    second, last = _clause_bounds(reading, first_end + 1, first_end + 1)
    if last < end:
        return none
    need = [i for i in words if i < first_end]
    reason = [i for i in words if second <= i < last]
    negators = [i for i in reason if book.negates_at(reading, i)]
    if not negators or any(book.negates_at(reading, i) for i in need):
        return none
    told = [tokens[i] for i in reason]
    if any(
        w in book.own_subjects
        or w in book.reply_gap_others
        or w in book.reach_stops
        or w.startswith(book.reach_stop_stems)
        or w in book.wish_words
        or w in book.conditionals
        or w.startswith(book.intro_stems)
        or w in book.meeting_words
        or _is_date(w, book)
        for w in told
    ):
        return none
    for p in reading.phrases:
        if not start <= p.start < end or p.label == "neutral":
            continue
        if p.start < first_end or not (p.end - p.start == 1 and p.start in negators):
            return none
    return range(second, last)


def _needs_at(reading: Reading, words: list[int], book: PhraseBook) -> bool:
    """Whether one of the own_needs opens the words, after ``_NEED_LEAD`` others at most,
    with ``_NEED_GAP`` others at most between its words."""
    said = [reading.tokens[i] for i in words]
    for need in book.own_needs:
        for lead in range(min(_NEED_LEAD, len(said) - 1) + 1):
            if said[lead] != need[0]:
                continue
            at = lead
            for word in need[1:]:
                nxt = next(
                    (
                        k
                        for k in range(at + 1, min(len(said), at + 2 + _NEED_GAP))
                        if said[k] == word
                    ),
                    None,
                )
                if nxt is None:
                    break
                at = nxt
            else:
                return True
    return False
