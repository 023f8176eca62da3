"""Spanish "no se" with a verb of the impersonal "se" after it ("aunque no se hable", "no
se nota") says something is not talked of or seen, not "no sé" (I don't know) with its
accent lost: the yes stands. "no se si ..." and a bare "no se" still doubt. Other
languages tell the two apart by their words, not an accent."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "Sí, con mucho gusto. El duelo sigue ahí en el barrio, aunque no se hable. Un taller "
        "así nos haría mucho bien.\n\nPuede darle mi correo al señor Cardona.",
        "yes",
    ),
    ("Sí, claro. De eso no se habla mucho aquí, y hace falta.", "yes"),
    ("Con gusto. El cansancio no se nota, pero está.", "yes"),
    # Near-misses: "I don't know" without its accent.
    ("Sí, con gusto, aunque no se si tengo tiempo.", "unclear"),
    ("Si, pero no se. Hablemos.", "unclear"),
    ("No se.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_impersonal_se_is_no_doubt(text: str, answer: str) -> None:
    assert classify_text(text) == answer
