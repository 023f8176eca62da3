"""Portuguese formal asks: a proclitic pronoun for the one named before ("Muito agradecia
que a pusessem em contacto com o Dr. Gonçalo Pestana (...)", "que o apresentassem ao"),
as Spanish "que la pusieran en contacto con" and English "put her in touch with" read
it; and the personal infinitive after a formal plea ("solicitar a gentileza de me
apresentarem ao Sr. Eduardo Tavares (...)", "peço a gentileza de me colocarem em
contato com"), never the same form telling of a time to come ("Quando me apresentarem ao ...")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import CARMEN, HELGA, _from_antonio, understand

ANA = Party("Ana Souza", "ana.souza@souza.example")
RUI = Party("Rui Costa", "r.costa@costa.example")


@pytest.mark.parametrize(
    "text",
    [
        "A Ana Souza (ana.souza@souza.example) precisa de apoio jurídico. Muito agradecia"
        " que a pusessem em contacto com o Dr. Rui Costa (r.costa@costa.example).",
        "A Ana Souza (ana.souza@souza.example) procura um advogado. Agradecia que a"
        " colocassem em contato com o Dr. Rui Costa (r.costa@costa.example).",
        "A Ana Souza (ana.souza@souza.example) procura um advogado. Gostaria que a"
        " apresentassem ao Dr. Rui Costa (r.costa@costa.example).",
        "Ana Souza (ana.souza@souza.example) busca un abogado. Agradecería que la pusieran"
        " en contacto con el Dr. Rui Costa (r.costa@costa.example).",
        "Ana Souza (ana.souza@souza.example) needs a lawyer. Could you put her in touch with"
        " Dr. Rui Costa (r.costa@costa.example)?",
    ],
)
def test_a_proclitic_pronoun_for_the_one_named_before(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {ANA, RUI}
    assert result.confident


@pytest.mark.parametrize(
    "note",
    [
        "Encaminho infra a mensagem que recebi da Helga. Muito agradecia que a pusessem em"
        " contacto com a Carmen Delgado (carmen@olivar.example).",
        "Reencaminho a mensagem da Helga. Agradecia que a colocassem em contato com a Carmen"
        " Delgado (carmen@olivar.example).",
        "Segue abaixo a mensagem da Helga. Gostaria que a apresentassem à Carmen Delgado"
        " (carmen@olivar.example).",
    ],
)
def test_a_proclitic_pronoun_for_the_forwards_author(note: str) -> None:
    result = _from_antonio(note)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (HELGA, CARMEN)
    assert result.confident


def test_a_proclitic_pronoun_with_no_one_named_before() -> None:
    result = understand(
        "Muito agradecia que a pusessem em contacto com o Dr. Rui Costa (r.costa@costa.example)."
    )
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Venho solicitar a gentileza de me apresentarem ao Dr. Rui Costa (r.costa@costa.example).",
        "Peço a gentileza de me colocarem em contato com o Dr. Rui Costa (r.costa@costa.example).",
        "Tenham a bondade de me apresentarem ao Dr. Rui Costa (r.costa@costa.example).",
        "Solicito a gentileza de me apresentar ao Dr. Rui Costa (r.costa@costa.example).",
    ],
)
def test_a_personal_infinitive_after_a_plea(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b == RUI
    assert result.confident


def test_the_same_form_telling_of_a_time_to_come() -> None:
    result = understand(
        "Quando me apresentarem ao Dr. Rui Costa (r.costa@costa.example), falarei do projeto."
    )
    assert not result.confident
