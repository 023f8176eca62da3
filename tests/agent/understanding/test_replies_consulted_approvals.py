"""An approval told as sought already, in the pluperfect after "until" ("I didn't want to
say anything until I'd run it past the trustees"), leaves no approval to come, so the
yes after it stands. An approval still to seek ("until I've run it past them", "I'd run
it past them first", "once I'd run it past them") still holds the yes back."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "Sorry for the slow reply. I didn't want to say anything until I'd run it past the "
        "trustees. We met on Tuesday and they're happy for me to go ahead, so yes, please "
        "introduce me to Priya.",
        "yes",
    ),
    (
        "I held off replying until I had checked with my co-founder. We're both keen, so "
        "yes please, go ahead.",
        "yes",
    ),
    ("I waited till we'd cleared it with the board. Happy to meet her, go ahead.", "yes"),
    # Near-misses: the approval still to come.
    ("Yes, but not until I've run it past the trustees.", "unclear"),
    ("I'd run it past the trustees first, but yes.", "unclear"),
    ("Yes, once I'd run it past the trustees.", "unclear"),
    ("Yes please, I just need to run it past the trustees.", "unclear"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_consulted_approvals(text: str, expected: str) -> None:
    assert classify_text(text) == expected
