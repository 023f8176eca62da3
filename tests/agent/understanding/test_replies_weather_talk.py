"""A turn inside a remark on the weather after a yes ("No problem, go ahead. Oslo is cold
but lovely, I'll pack a scarf.") turns nothing against the yes. More after the turn, a
time, a condition or no yes before it reads as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "No problem, go ahead. Oslo is cold but lovely, I'll pack a scarf.",
        "Oui, allez-y. Oslo est froid mais beau, je prendrai une écharpe.",
        "Sin problema, adelante. Oslo está frío pero precioso, llevaré una bufanda.",
        "Kein Problem, nur zu. Oslo ist kalt, aber schön, ich nehme einen Schal mit.",
        "Sem problema, pode seguir. Oslo está frio mas lindo, vou usar dois casacos.",
        "Sawa, endelea. Nairobi baridi lakini poa, nitavaa sweta mbili.",
    ],
)
def test_a_turn_in_weather_talk_leaves_the_yes(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "yes"
    assert any(e.startswith("weather-talk:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sure. It's cold here but I'd rather wait until spring.", "unclear"),
        ("Sure. Cold but wait, next month suits me better.", "unclear"),
        ("Yes. It's freezing but if Ana wants to come, fine.", "unclear"),
        ("Cold but fine, I'll pack a coat.", "unclear"),
        ("Sure. Berlin is cold but I won't travel in winter.", "no"),
    ],
)
def test_more_than_weather_reads_as_before(text: str, expected: str) -> None:
    assert read_answer(text)[0] == expected
