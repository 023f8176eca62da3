"""A formal Swahili greeting ("Ndugu Bi. Mushi, Ndugu Bw. Yildiz", "Mheshimiwa Bi.
Mushi") greets as "Liebe Frau Schmitt" does: it names those greeted and is never the
reason for an intro."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
ZAWADI = Party("Zawadi Mushi", "zawadi@mushi.example")
EMRE = Party("Emre Yildiz", "emre@solarfeld.example")


def understand(body: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Amina Juma <amina@juma.example>"
    message["To"] = f"{ZAWADI.name} <{ZAWADI.email}>, {EMRE.name} <{EMRE.email}>"
    message["Cc"] = f"Intro Agent <{AGENT}>"
    message["Subject"] = "Utambulisho"
    message.set_content(body + "\n\nAmina Juma")
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    "greeting",
    ["Ndugu Bi. Mushi, Ndugu Bw. Yildiz,", "Mheshimiwa Bi. Mushi, Mheshimiwa Bw. Yildiz,"],
)
@pytest.mark.parametrize(
    "ask", ["Ningependa kuwatambulisha ninyi wawili.", "Ningependa kuwaunganisha ninyi wawili."]
)
def test_a_formal_greeting_is_no_reason(greeting: str, ask: str) -> None:
    result = understand(f"{greeting}\n\n{ask}")
    assert {result.a, result.b} == {ZAWADI, EMRE}
    assert result.confident
    assert not result.context or "Mushi" not in result.context


def test_the_reason_after_a_formal_greeting_is_read() -> None:
    result = understand(
        "Ndugu Bi. Mushi, Ndugu Bw. Yildiz,\n\nNingependa kuwatambulisha ninyi wawili. "
        "Bi. Mushi anaongoza ununuzi katika Tanesco."
    )
    assert result.confident
    assert result.context and "ununuzi" in result.context
