"""A yes followed in its sentence by mockery ("and while we're at it", "et pendant qu'on y
est", "y ya puestos", "und wo wir schon dabei sind", "e já agora"; in Swahili a mocking
reason, "kana kwamba sina", does)
answers nothing: the refusal after it decides, and alone it leaves the reply unclear. A
mock lead in a later sentence leaves the yes as it is."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

MOCKED = [
    ("Sure, and while we're at it he can sell me a car too! No thanks.", "no"),
    ("Oui, bien sûr, et tant qu'on y est je lui prête ma voiture ! Non merci.", "no"),
    ("Sí, claro, y ya puestos que me venda un coche. No, gracias.", "no"),
    (
        "Ja, klar, und wo wir schon dabei sind, kann er mir auch ein Auto verkaufen. Nein danke.",
        "no",
    ),
    ("Sim, claro, e já agora vende-me também um carro. Não, obrigado.", "no"),
    ("Ndiyo, kana kwamba sina kazi nyingine. Hapana, asante.", "no"),
    # Mockery alone: never a yes.
    ("Yes, as if I had nothing better to do.", "unclear"),
    ("Oui, bien sûr, et pendant qu'on y est il peut me vendre une cuisine !", "unclear"),
    # Near-misses: the mock lead's words in a later sentence, or not in a row.
    ("Sure! And while we're at it, say hi to Jo.", "yes"),
    ("Oui, bien sûr ! Pendant ce temps on y est presque.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), MOCKED)
def test_a_mocking_yes_answers_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
