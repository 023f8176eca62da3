"""A refusal word cried out with an interjection and an apology, opening the reply ("oh no
sorry, it got buried ... yes pls!"), is dismay at a late reply; the yes after it answers.
Without a yes after it, without the interjection, or with a refusal after it, the reply
reads as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    ("oh no sorry, it got buried under 3 rounds of client feedback 🙈 yes pls!", "yes"),
    ("Ohhh no, so sorry. Yes, happy to.", "yes"),
    ("Ah non, désolée, ça m'était passé. Oui, avec plaisir !", "yes"),
    ("Ay no, perdón, se me pasó. ¡Sí, claro!", "yes"),
    ("Ach nein, sorry, das ist untergegangen. Ja, gerne!", "yes"),
    ("Ai não, desculpa, passou batido. Sim, pode apresentar!", "yes"),
    ("Aah hapana, samahani, nimechelewa. Ndiyo, nitafurahi.", "yes"),
    # Near-misses: no yes after, no interjection, or a refusal after the apology.
    ("Oh no, sorry.", "no"),
    ("oh no sorry, I cannot.", "no"),
    ("Oh no sorry, no thanks.", "no"),
    ("No sorry, it got buried. yes I saw it but not for me.", "no"),
    ("oh no sorry, it got buried. Yes I saw it, but I am not interested.", "no"),
    ("Ay no, perdón. Sí, lo vi, pero no me interesa.", "no"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_dismay(text: str, expected: str) -> None:
    assert classify_text(text) == expected
