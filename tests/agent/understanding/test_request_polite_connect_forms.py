"""The polite and subjunctive forms of "connect me with" ask for an intro and pair the
writer with the one named: "Le pido que me conecte con la señora Pilar Sanz",
"conécteme con", "Peço-lhe que me conecte com", "Conecte-me com", "Connectez-moi avec",
"que vous me connectiez avec". They were read as no request; "me connecter avec mon
compte" logs in."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ANN = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    "body",
    [
        "Buenos días,\n\nLe pido de favor que me conecte con la señora Pilar Sanz, de la"
        " distribuidora Granos del Ebro en Zaragoza.\n\nAtentamente,\nAnn",
        "Por favor, conécteme con Pilar Sanz, de Granos del Ebro.",
        "Peço-lhe que me conecte com a Pilar Sanz, da Granos do Ebro.",
        "Me conecte com a Pilar Sanz, por favor.",
        "Connectez-moi avec Mme Pilar Sanz, de Granos del Ebro, s'il vous plaît.",
    ],
)
def test_a_polite_connect_without_an_address_is_asked_about(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.a == _ANN
    assert result.b == Party("Pilar Sanz", None)
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Le pido que nos conecte con Pilar Sanz (pilar@ebro.example).",
        "Conecte-me com a Pilar Sanz (pilar@ebro.example), por favor.",
        "Je voudrais que vous me connectiez avec Mme Pilar Sanz (pilar@ebro.example).",
    ],
)
def test_a_polite_connect_with_an_address_is_acted_on(body: str) -> None:
    result = understand(body)
    assert result.a == _ANN
    assert result.b == Party("Pilar Sanz", "pilar@ebro.example")
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Je n'arrive pas à me connecter à mon compte depuis hier.",
        "Bjr, je n'arrive pas à me connecter avec mon compte. merci",
    ],
)
def test_logging_in_is_no_ask(body: str) -> None:
    result = understand(body)
    assert result.kind != "intro_request"
