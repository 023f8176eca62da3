"""The address of the one asked for, written after the verb that ends a German ask
("stell mich bitte Stefan Braun vor (stefan.braun@...), er sucht ..."), is no part of
the reason: the reason is what follows it."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def understand(body: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Sabine Roth <s.roth@roth.example>"
    message["To"] = AGENT
    message["Subject"] = "Intro"
    message.set_content(body + "\n\nVG Sabine")
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nstell mich bitte Stefan Braun vor (stefan.braun@kaltwerk.example), er sucht "
        "gerade einen neuen CFO.",
        "Hallo,\n\nbitte stellen Sie mich Herrn Stefan Braun vor <stefan.braun@kaltwerk.example>"
        " \u2013 er sucht gerade einen neuen CFO.",
        "Hallo,\n\nkönnten Sie mich bitte Stefan Braun vorstellen "
        "[stefan.braun@kaltwerk.example]: er sucht gerade einen neuen CFO.",
    ],
)
def test_the_reason_starts_past_the_address(body: str) -> None:
    result = understand(body)
    assert result.b is not None and result.b.email == "stefan.braun@kaltwerk.example"
    assert result.context == "er sucht gerade einen neuen CFO"


def test_a_reason_without_an_address_is_kept_whole() -> None:
    result = understand(
        "Hi,\n\nstell mich bitte Stefan Braun (stefan.braun@kaltwerk.example) vor, er sucht "
        "gerade einen neuen CFO."
    )
    assert result.context == "er sucht gerade einen neuen CFO"
    result = understand(
        "Hi,\n\nstell mich bitte Stefan Braun vor (stefan.braun@kaltwerk.example)."
        " Er sucht gerade einen neuen CFO."
    )
    assert result.context == "Er sucht gerade einen neuen CFO"
