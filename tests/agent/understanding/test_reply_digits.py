"""Refusal words typed with a digit for the letter it looks like ("n0", "n0t",
"n3in"): read as the refusal they spell, never so as to make a yes; codes, times and
counts ("4pm", "Q3", "S10", "N1") stay as written."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text
from agent.understanding.reply_digits import digit_slips
from agent.understanding.reply_phrases import phrase_book

DIGIT_SLIPS = [
    # A refusal word with a digit for a letter refuses, in every language.
    ("n0, sorry", "no"),
    ("N0 thank you", "no"),
    ("n0pe, not for me", "no"),
    ("N0t interested right now", "no"),
    ("N3in, danke trotzdem", "no"),
    ("n0n merci, pas pour le moment", "no"),
    ("N0, gracias", "no"),
    ("nã0, obrigada", "no"),
    ("H4pana asante", "no"),
    # A negator so typed no longer leaves the yes before it standing: read as "ok not now".
    ("ok n0t now", "no"),
    # A typo never makes a yes: read as written, "n0t a problem" answers nothing.
    ("n0t a problem", "unclear"),
    ("y3s", "unclear"),
    ("0k", "unclear"),
    ("ok0", "unclear"),
    # Read so, it still says yes: a yes stands either way.
    ("Sure, n0 problem", "yes"),
    # Codes, times and counts are no slips.
    ("Yes please. I'm free after 4pm, near the N1 junction.", "yes"),
    ("Happy to, after our Q3 close. My S10 is always on.", "yes"),
    ("Yes, go ahead. Flat 1a, 2nd floor.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), DIGIT_SLIPS)
def test_a_refusal_typed_with_a_digit_refuses(text: str, answer: str) -> None:
    assert classify_text(text) == answer


def test_the_slip_is_written_in_letters_and_told() -> None:
    book = phrase_book()
    assert digit_slips("n0 thx", book) == ("no thx", ("digit:n0->no",))
    assert digit_slips("N3in danke", book) == ("nein danke", ("digit:n3in->nein",))
    # A digit for no letter, more digits than letters, or a word opening on a digit.
    assert digit_slips("see you at 4pm", book) is None
    assert digit_slips("my S10 phone", book) is None
    assert digit_slips("n9", book) is None
    # Spelling no refusal word.
    assert digit_slips("Q3 close", book) is None
