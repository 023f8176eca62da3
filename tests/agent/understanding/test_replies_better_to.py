"""Swahili "bora" before a clause is "better (to)", a preference that may refuse ("Bora
tusikutane", "better we don't meet"), never the Brazilian "bora!" ("let's go"), which
says yes alone in its clause; "ni bora" ("it is better") is no yes either."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

BETTER_TO = [
    ("Bora tusikutane.", "unclear"),
    ("Bora uniache.", "unclear"),
    ("Ni bora tusikutane.", "unclear"),
    ("Ni bora kwa sasa tusiendelee.", "unclear"),
    ("Ni bora, karibu.", "unclear"),
    ("Bora marcar um café.", "unclear"),
    # "bora" alone in its clause, and "bora lá": the Brazilian yes.
    ("Bora!", "yes"),
    ("Bora! Pode apresentar.", "yes"),
    ("Opa, bora!! Manda aí o contato dela", "yes"),
    ("Bora lá, pode apresentar.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), BETTER_TO)
def test_better_to_before_a_clause_is_no_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer
