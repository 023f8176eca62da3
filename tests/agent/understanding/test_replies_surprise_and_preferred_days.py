"""Notes after a yes that doubt nothing: an intensifier of surprise ("Japón nada menos",
"Japan, no less", "le Japon, rien de moins"), "c'est pourquoi" ('that is why', no
question), a preferred day ("siku za wiki ni bora", weekdays are better); and a Spanish
"preséntamelo" ('introduce him to me') says yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

NOTES = [
    ("Claro que sí, hombre! Pásale mi correo. Japón nada menos... ole.", "yes"),
    ("Sure! Japan, no less.", "yes"),
    ("Oui ! Le Japon, rien de moins.", "yes"),
    ("Sim! Japão, nada menos.", "yes"),
    ("Oui avec plaisir. C'est pourquoi je vous écris.", "yes"),
    (
        "Ndiyo, nimekubali. Jumapili niko ibadani asubuhi hadi saa saba, kwa hiyo siku za"
        " wiki ni bora zaidi.",
        "yes",
    ),
    ("Ya po, sin drama, preséntamelo nomás. Eso sí que me escriba en español.", "yes"),
    ("Présentez-le-moi, avec plaisir.", "yes"),
    (
        "Cependant, notre conseil a décidé. C'est pourquoi je dois humblement décliner"
        " cette mise en relation.",
        "no",
    ),
    # Near misses.
    ("No thanks. Nothing less than a miracle would change my mind.", "no"),
    ("Pourquoi moi ?", "unclear"),
    ("Ndiyo. Ni bora tusikutane.", "unclear"),
    ("Ndiyo. Siku za wiki ni bora kama si mshindani.", "unclear"),
    ("Preséntamelo, pero no ahora.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), NOTES)
def test_notes_after_a_yes(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
