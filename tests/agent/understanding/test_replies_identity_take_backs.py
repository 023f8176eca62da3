"""A yes taken back once the writer recognises the other, the question after a dash,
the refusal closing on an offer with its own condition."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes sure, send her over.\n\nHmm wait, just googled — is this Chidinma from "
        "TradePay? We led MarketRail's seed last year and they're basically building the "
        "same thing. I can't take that meeting without it getting awkward with my founders. "
        "Sorry Femi, I'll have to say no on this one after all. Happy to suggest a couple of "
        "other angels who'd be a better fit if she wants.",
        "Yes sure. Hmm wait, just googled — is this Chidinma from TradePay? Sorry, I'll have "
        "to say no after all.",
    ],
)
def test_a_take_back_after_recognising_the_other_refuses(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("I'll have to say no on this one. Happy to suggest a couple of other angels.", "no"),
        ("No on this one. Happy to suggest a couple of other angels if she wants.", "no"),
        ("Yes sure. Hmm wait, just googled — is this Chidinma from TradePay?", "unclear"),
        ("Happy to suggest other names if he's not a recruiter. Yes.", "unclear"),
        ("Yes, but no calls.", "unclear"),
    ],
)
def test_near_misses(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
