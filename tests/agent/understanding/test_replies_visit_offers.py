"""After a yes, the writer's time offered for the other to take up when coming by ("I'm
around most thursdays if he's ever over", "si pasa por aquí", "wenn er mal in der
Gegend ist") is no condition on the yes, as "if he wants a call" is none, in every
language. A visit with more to it, negated, or an "if" on the yes itself still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

VISITS = [
    "Go on so, sure why not. Tell him Im around the harbour most thursdays if he's ever over.",
    "Oui. Je suis dispo le jeudi s'il passe dans le coin.",
    "Sí, claro. Estoy libre los jueves si pasa por aquí.",
    "Ja, gerne. Ich bin donnerstags erreichbar, wenn er mal in der Gegend ist.",
    "Sim, claro. Estou livre às quintas se ele passar por aqui.",
    "Ndiyo, sawa. Niko huru Alhamisi akipita.",
]


@pytest.mark.parametrize("text", VISITS)
def test_time_offered_for_a_visit_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTING = [
    "Sure. I'm around most thursdays if he's in town and serious.",
    "Sure. I'm around most thursdays if he's not in town.",
    "Sure, if he's ever over.",
    "Sure. I'm around most thursdays if he's in town, maybe.",
    "Oui. Je suis dispo le jeudi s'il passe dans le coin et s'il paie.",
    "Sí. Si pasa por aquí, vale.",
]


@pytest.mark.parametrize("text", STILL_DOUBTING)
def test_a_visit_with_more_to_it_still_doubts(text: str) -> None:
    assert classify_text(text) != "yes"
