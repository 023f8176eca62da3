"""A refusal said and then said again ("Hapana bana, sitaki", "Hapana asante siko
interested") refuses: the negator that opens it is the answer word itself, no "not"
turning the refusal after it into a yes ("I wouldn't say no" still leans yes). Swahili
written with English ("siko interested", "sina interest") refuses as "sina hamu" does."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Hapana bana 😅 sitaki kwa sasa.",
        "Hapana asante siko interested.",
        "Hapana asante, siko interested kwa sasa. Nimebanwa na kazi na shule pia.",
        "Siko interested, samahani.",
        "Sina interest na hii kwa sasa.",
        "Não não quero.",
    ],
)
def test_a_refusal_said_twice_refuses(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("I wouldn't say no.", "yes"),
        ("Sawa, niko interested sana!", "yes"),
    ],
)
def test_a_negated_refusal_and_a_mixed_yes(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
