"""Prices the writer quotes beside a yes, which doubt and refuse nothing asked.

"Kitanda cha mninga ni Tsh 850,000 bila godoro" and "the bed is €850 without the
mattress" leave an item out of a price; the writer is already selling to the other.
"""

from __future__ import annotations

from agent.understanding.reply_phrases import PhraseBook, Reading


def _price_at(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether one of the price_marks stands at ``index`` with a number right before
    or after it ("€420", "5,80 €", "Tsh 850,000")."""
    tokens = reading.tokens
    if tokens[index] not in book.price_marks:
        return False
    return any(_number(tokens, k) for k in (index - 1, index + 1))


def _number(tokens: tuple[str, ...], index: int) -> bool:
    """Whether the token at ``index`` holds a digit ("850,000", "5,80", "6x6")."""
    return 0 <= index < len(tokens) and any(ch.isdigit() for ch in tokens[index])


def _price_exclusions(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The negators that leave an item out of a price right before them: one of the
    price_withouts ("without", "sans", "sin", "ohne", "sem", "bila") right after a
    price's number, or after its mark when the mark follows the number ("Tsh 850,000
    bila godoro", "€850 without the mattress", "850 € sin colchón"). "Yes. €850, but
    not without a contract" keeps its "not", and a "without" after no price ("Yes.
    Without a deposit of €50 I won't meet her") still negates."""
    tokens = reading.tokens
    out: set[int] = set()
    for i, token in enumerate(tokens):
        if token not in book.price_withouts or not book.negates_at(reading, i):
            continue
        before = i - 1
        while before >= 0 and not tokens[before].strip() and "\n" not in tokens[before]:
            before -= 1
        if before < 0:
            continue
        # "Tsh 850,000 bila": the number, its mark beside it; "850 € sin": the mark.
        after_number = _number(tokens, before) and any(
            _price_at(reading, k, book) for k in (before - 1, before + 1) if 0 <= k < len(tokens)
        )
        if after_number or _price_at(reading, before, book):
            out.add(i)
    return frozenset(out)
