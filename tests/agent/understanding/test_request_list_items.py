"""List items and ordinals of a mail asking several intros: each item's pair, certain."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("body", "second"),
    [
        (
            "Hallo,\n\nich hätte gleich zwei Bitten:\n\n1. Bitte stellen Sie Sabine Vogt "
            "<s.vogt@vogt.example> und Florian Brandt <f@brandt.example> einander vor.\n\n"
            "2. Außerdem sollten sich Jens Albrecht <jens@solar.example> und Petra Lindner "
            "<p@hameln.example> kennenlernen. Es geht um Solardächer.\n\nDanke\nAnn Lee",
            Pair(
                Party("Jens Albrecht", "jens@solar.example"),
                Party("Petra Lindner", "p@hameln.example"),
            ),
        ),
        (
            "Hi,\n\ntwo intros please:\n\n1. Please introduce Ann Roe <ann@roe.example> to "
            "Bob Ray <bob@ray.example>.\n\n2. Also, Cara Diaz <cara@diaz.example> and Dev "
            "Shah <dev@shah.example> both build kilns. They would get on.\n\nThanks\nAnn Lee",
            Pair(Party("Cara Diaz", "cara@diaz.example"), Party("Dev Shah", "dev@shah.example")),
        ),
        (
            "Hola:\n\ndos presentaciones, por favor:\n\n1. ¿Podrías presentar a Juan Pérez "
            "<juan@perez.example> a Marta Ruiz <marta@ruiz.example>?\n\n2. Además, Luis Gómez "
            "<luis@gomez.example> y Ana Torres <ana@torres.example> hacen cerámica.\n\n"
            "Gracias\nAnn Lee",
            Pair(
                Party("Luis Gómez", "luis@gomez.example"), Party("Ana Torres", "ana@torres.example")
            ),
        ),
        (
            "Olá,\n\nduas apresentações, por favor:\n\n1. Pode apresentar o João Silva "
            "<joao@silva.example> à Ana Costa <ana@costa.example>?\n\n2. Além disso, o Rui "
            "Lopes <rui@lopes.example> e a Rita Sousa <rita@sousa.example> fazem cerâmica.\n\n"
            "Obrigado\nAnn Lee",
            Pair(
                Party("Rui Lopes", "rui@lopes.example"), Party("Rita Sousa", "rita@sousa.example")
            ),
        ),
    ],
)
def test_item_of_two_people_joined_by_and_is_certain(body: str, second: Pair) -> None:
    # The item's pair ends after its first person; the one after "and" is its second
    # person, not someone else the ask leaves out.
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.more == (second,)
    assert result.confident


def test_item_of_two_and_a_third_without_address_stays_asked_about() -> None:
    result = understand(
        "Hi,\n\ntwo intros please:\n\n1. Please introduce Ann Roe <ann@roe.example> to "
        "Bob Ray <bob@ray.example>.\n\n2. Also, Cara Diaz <cara@diaz.example> and Dev Shah "
        "<dev@shah.example> and Eli Park both build kilns.\n\nThanks\nAnn Lee"
    )
    assert result.kind == "intro_request"
    assert not result.confident
