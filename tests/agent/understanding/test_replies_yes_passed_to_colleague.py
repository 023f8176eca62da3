"""A yes that passes the introduction on to a colleague ("Yes, I'll forward it to my
colleague.", "Oui, je transfère à ma collègue.", "Sí, se lo paso a mi compañero de
ventas.", "Ja, ich leite es an meine Kollegin weiter.", "Sim, vou passar ao meu colega.",
"Ndiyo, nitampelekea mwenzangu.") agrees to the passing on, not to the introduction for
the writer, and the colleague has agreed to nothing: it is unclear. Handing the writer's
own details to the other still agrees."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

PASSED_ON = [
    "Yes, I'll forward it to my colleague.",
    "Sure, I'll send this on to a colleague in our Berlin office.",
    "Oui, je transfère à ma collègue.",
    "Oui, je fais suivre à mon collègue qui gère les partenariats.",
    "Sí, se lo reenvío a mi compañera.",
    "Sí, se lo paso a mi compañero de ventas.",
    "Ja, ich leite es an meine Kollegin weiter.",
    "Ja, ich gebe das an meinen Kollegen aus dem Vertrieb weiter.",
    "Sim, vou reencaminhar para a minha colega.",
    "Sim, vou passar ao meu colega do comercial.",
    "Ndiyo, nitampelekea mwenzangu.",
    "Ndiyo, nitampa mwenzangu wa kazi anayeshughulikia hili.",
]

STILL_YES = [
    "Yes, please forward my email to her.",
    "Sim, pode passar o meu contacto a ela.",
    "Yes, happy to meet her. Please introduce us.",
]


@pytest.mark.parametrize("text", PASSED_ON)
def test_a_yes_that_passes_it_to_a_colleague_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize("text", STILL_YES)
def test_handing_on_the_writers_own_details_still_agrees(text: str) -> None:
    assert classify_text(text) == "yes"
