"""Knowing a field ("Conheço bem o sector do turismo", "Ich kenne die Branche gut") is
expertise, not the doubt of knowing the other already; knowing a person ("Ich kenne sie
aus der Branche", "Ich kenne ihn") still doubts the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

FIELDS = [
    ("Sim, com prazer. Conheço bem o mercado de Lisboa.", "yes"),
    ("Sim, claro, podem apresentar. Conheço muito bem o setor.", "yes"),
    ("Ja, gerne. Ich kenne die Branche gut.", "yes"),
    ("Ja, gerne. Die Branche kenne ich sehr gut.", "yes"),
    # Near-misses: a person known, or nothing says yes.
    ("Ja, gerne. Ich kenne sie aus der Branche.", "unclear"),
    ("Ja. Ich kenne ihn.", "unclear"),
    ("Sim. Conheço ela do mercado.", "unclear"),
    ("Conheço bem o setor.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), FIELDS)
def test_knowing_a_field_is_no_doubt(text: str, answer: str) -> None:
    assert classify_text(text) == answer
