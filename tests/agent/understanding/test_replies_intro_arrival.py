"""A time word after a yes whose clause is the introduction arriving ("once the
introduction comes through", "sobald die Vorstellung da ist", "cuando llegue la
presentación", "dès que la présentation arrivera", "assim que a apresentação chegar")
waits for what the question offers, as "once you've made the introduction" does: no
condition. A clause that goes on with the writer's own check, or another event, still
doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ARRIVALS = [
    "Yes, happy to. Once the introduction comes through, please find David 30 minutes.",
    "Yes, happy to. My assistant will set up a time once the intro comes through.",
    "Ja, gerne. Sobald die Vorstellung da ist, melde ich mich.",
    "Sí, encantada. Mi asistente buscará un hueco en cuanto llegue la presentación.",
    "Oui, volontiers. Dès que la présentation arrivera, je lui écris.",
    "Sim, claro. Assim que a apresentação chegar, eu escrevo para ele.",
]


@pytest.mark.parametrize("text", ARRIVALS)
def test_a_time_named_by_the_introduction_arriving_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTING = [
    "Yes. Once the introduction comes through and I've checked him out.",
    "Sure, once the board approves.",
    "Yes, once I've looked him up.",
    "Ja, sobald ich Zeit habe.",
]


@pytest.mark.parametrize("text", STILL_DOUBTING)
def test_a_time_of_another_event_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"
