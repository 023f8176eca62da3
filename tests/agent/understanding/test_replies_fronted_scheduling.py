"""An assistant who arranges the meeting, the arranging said before them ("Termine
koordiniert meine Assistentin", "Mi agenda la lleva mi asistente"), is logistics after a
yes, as "My assistant will set up a time" is; a condition or a decision left to the
assistant still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

FRONTED = [
    ("Ja, gerne. Termine koordiniert meine Assistentin Frau Kaya.", "yes"),
    ("Yes please. My diary is run by my EA, Jo.", "yes"),
    ("Sí, encantado. Mi agenda la lleva mi asistente, Lucía.", "yes"),
    ("Oui, avec plaisir. Mon agenda est géré par mon assistante, Sophie.", "yes"),
    ("Sim, com prazer. Quem cuida da minha agenda é a minha assistente, Ana.", "yes"),
    # Near-misses: a condition beside it, the assistant deciding, or no yes at all.
    ("Ja, gerne. Termine koordiniert meine Assistentin, falls ich Zeit habe.", "unclear"),
    ("Ja, gerne. Meine Assistentin entscheidet, ob ich Zeit habe.", "unclear"),
    ("Termine koordiniert meine Assistentin.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), FRONTED)
def test_the_arranging_before_the_assistant_is_logistics(text: str, answer: str) -> None:
    assert classify_text(text) == answer
