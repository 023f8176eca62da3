"""A refusal the writer says they will not give ("not going to say no to ...", "je ne
vais pas dire non", "no voy a decir que no", "ich sage nicht nein", "não vou dizer que
não", "sitakataa") says yes, as "I wouldn't say no" does; "I'm not saying no" stays
non-committal, and a "but" after it still restricts it."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    ("Fine by me, not going to say no to a free review of our pitch deck.", "yes"),
    ("Oui, je ne vais pas dire non à un avis extérieur.", "yes"),
    ("Claro, no voy a decir que no a una segunda opinión.", "yes"),
    ("Klar, zu einer zweiten Meinung sage ich nicht nein.", "yes"),
    ("Sim, não vou dizer que não a uma segunda opinião.", "yes"),
    ("Ndiyo, sitakataa ushauri wake.", "yes"),
    # Near-misses: not committing, or restricted after a "but".
    ("I'm not saying no, just let me check with my partner first.", "unclear"),
    ("Not going to say no outright, but I need to think about it.", "unclear"),
    ("Ich sage nicht nein, aber erst im Frühjahr.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_a_refusal_not_given_says_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer
