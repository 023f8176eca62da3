"""A group call written as a question asks the two written to whether to introduce them
("¿Les presento?", "Je vous présente ?", "Vos apresento?"): the pair is asked about, never
acted on. A call that asks by its own words ("Darf ich Sie einander vorstellen?") still
calls, and so does a call that is no question ("Les presento.")."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
ANA = Party("Ana Keller", "ana@keller.example")
EMRE = Party("Emre Yildiz", "emre@solarfeld.example")


def understand(greeting: str, ask: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Claire Martin <claire@martin-conseil.example>"
    message["To"] = f"{ANA.name} <{ANA.email}>, {EMRE.name} <{EMRE.email}>"
    message["Cc"] = f"Intro Agent <{AGENT}>"
    message["Subject"] = "Kontakt"
    message.set_content(f"{greeting}\n\n{ask} Ana dirige las compras.\n\nClaire Martin")
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    ("greeting", "ask"),
    [
        ("Hola Ana, hola Emre:", "¿Les presento?"),
        ("Bonjour Ana, bonjour Emre,", "Je vous présente ?"),
        ("Bonjour Ana, bonjour Emre,", "Aimeriez-vous que je vous présente l'un à l'autre ?"),
        ("Olá Ana, olá Emre,", "Vos apresento?"),
        ("Hallo Ana, hallo Emre,", "Ich stelle euch einander vor?"),
    ],
)
def test_a_call_as_a_question_is_asked_about(greeting: str, ask: str) -> None:
    result = understand(greeting, ask)
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    ("greeting", "ask"),
    [
        ("Hola Ana, hola Emre:", "Les presento."),
        ("Bonjour Ana, bonjour Emre,", "Je vous présente."),
        ("Hallo Ana, hallo Emre,", "Darf ich euch einander vorstellen?"),
        ("Liebe Frau Keller, lieber Herr Yildiz,", "Darf ich Sie einander vorstellen?"),
    ],
)
def test_a_call_that_calls_is_acted_on(greeting: str, ask: str) -> None:
    result = understand(greeting, ask)
    assert {result.a, result.b} == {ANA, EMRE}
    assert result.confident
