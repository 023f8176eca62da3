"""A refusal said for the writer's organisation: "no nos interesa", "ça ne nous
intéresse pas", "das interessiert uns nicht"."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Le agradezco que haya pensado en nosotros, pero no nos interesa: nuestra"
        " convocatoria de este año ya está cerrada.",
        "Merci, mais ça ne nous intéresse pas pour l'instant.",
        "Danke, aber das interessiert uns nicht.",
        "Obrigada, mas isso não nos interessa.",
        "Asante, lakini hatuna nia kwa sasa.",
        "Thanks, but we're not interested.",
    ],
)
def test_we_are_not_interested_refuses(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Sí, nos interesa mucho.", "yes"),
        ("No sé si nos interesa, ¿de qué se trata?", "unclear"),
        ("Ja, das interessiert uns sehr.", "yes"),
    ],
)
def test_near_misses_read_as_before(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
