"""The writer saying they lack someone's address ("I don't have Owen's email handy", "No
tenemos el correo de Pilar", "je n'ai pas l'adresse de", "habe ich keine
E-Mail-Adresse", "não tenho o e-mail", "sina barua pepe") leaves the request asked
about, whichever pairs were found with addresses: someone is to meet without one. A
"don't have" of something else, or an address at hand, changes nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ASK = "Could you introduce me to Bob Ray (bob@ray.example)? He builds boats."


@pytest.mark.parametrize(
    "said",
    [
        "I don't have Carol's email handy, sorry.",
        "I do not have her address.",
        "No tengo el correo de Carol.",
        "No tenemos el correo de Pilar, solamente el teléfono.",
        "Je n'ai pas l'adresse de Carol.",
        "Nous n'avons pas son mail.",
        "Von Carol habe ich keine E-Mail-Adresse.",
        "Ich habe ihre E-Mail-Adresse nicht.",
        "Não tenho o e-mail da Carol.",
        "Sina barua pepe ya Carol.",
    ],
)
def test_an_address_the_writer_lacks_leaves_the_request_asked_about(said: str) -> None:
    result = understand(f"{_ASK} {said}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.b == Party("Bob Ray", "bob@ray.example")
    assert not result.confident


@pytest.mark.parametrize(
    "said",
    [
        "I don't have a car. Her email is on the site.",
        "I have his email right here.",
        "No tengo prisa.",
        "Je n'ai pas de préférence.",
        "Ich habe keine Eile.",
    ],
)
def test_a_lack_of_something_else_changes_nothing(said: str) -> None:
    result = understand(f"{_ASK} {said}\n\nAnn")
    assert (result.a, result.b) == (
        Party("Ann Lee", "ann@lee.example"),
        Party("Bob Ray", "bob@ray.example"),
    )
    assert result.confident
