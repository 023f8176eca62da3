"""A one-word yes right before a negated past auxiliary that closes the clause ("hope you
got some sleep, I certainly didn't") answers small talk, not the question: neither the
intensifier nor the negation counts. A present or future one ("I certainly don't")
refuses, and one that goes on in its clause ("I certainly haven't got time") reads as
before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "Hope you got some sleep after the gala, I certainly didn't. Anyway, yes, would "
        "love to meet Priya.",
        "yes",
    ),
    ("Hope the move went smoothly, ours certainly didn't! Yes please, introduce us.", "yes"),
    ("Great to hear from you - I sure hadn't expected it! Yes please, introduce us.", "unclear"),
    # Alone, nothing is answered.
    ("I certainly didn't.", "unclear"),
    # Near-misses: the clause goes on, or the auxiliary is present.
    ("I certainly haven't got time for this. Sure, maybe later.", "unclear"),
    ("Thanks. I certainly don't.", "no"),
    ("Would I like that? I definitely wouldn't.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_elliptic_remarks(text: str, answer: str) -> None:
    assert classify_text(text) == answer
