"""A sentence proposing that two listed people meet is read as an ask though it holds a
negation, when every negation of it says the two have not met (one of ``unmet_cues``):
"two founders who don't know each other yet", "que todavía no se conocen", "qui ne se
connaissent pas encore" give the reason for the intro, and negate nothing of it. A
negation outside them still stops the ask."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_PAIR = (
    "\n\nMateo Quiroga <mateo@agrovia.example>\nValentina Ruiz <vale@cosechalab.example>"
    "\n\n{closing}\nLucía"
)


@pytest.mark.parametrize(
    ("lead", "closing"),
    [
        (
            "Hola,\n\nQuiero que presentes a dos fundadores de nuestra cohorte que todavía"
            " no se conocen bien:",
            "Un saludo,",
        ),
        (
            "Hi,\n\nI'd like you to introduce two founders from our cohort who don't know"
            " each other yet:",
            "Best,",
        ),
        (
            "Hi,\n\nI'd like you to introduce two founders from our cohort who haven't met yet:",
            "Best,",
        ),
        (
            "Bonjour,\n\nJ'aimerais que vous présentiez deux fondateurs de notre cohorte qui"
            " ne se connaissent pas encore :",
            "Cordialement,",
        ),
        (
            "Olá,\n\nQueria que apresentasses dois fundadores da nossa coorte que ainda não"
            " se conhecem:",
            "Abraço,",
        ),
    ],
)
def test_a_negation_saying_they_have_not_met_leaves_the_ask(lead: str, closing: str) -> None:
    result = understand(lead + _PAIR.format(closing=closing))
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {
        Party("Mateo Quiroga", "mateo@agrovia.example"),
        Party("Valentina Ruiz", "vale@cosechalab.example"),
    }
    assert result.confident


@pytest.mark.parametrize(
    ("lead", "closing"),
    [
        (
            "Hi,\n\nI don't want you to introduce two founders from our cohort who don't"
            " know each other yet:",
            "Best,",
        ),
        (
            "Hola,\n\nNo quiero que presentes a dos fundadores de nuestra cohorte que"
            " todavía no se conocen:",
            "Un saludo,",
        ),
    ],
)
def test_a_negation_of_the_ask_itself_still_stops_it(lead: str, closing: str) -> None:
    result = understand(lead + _PAIR.format(closing=closing))
    assert result.kind == "not_a_request"
