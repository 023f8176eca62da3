"""A wish to know opening a help phrase alone ("Naomba kujua inafanyaje kazi?",
"Ningependa kujua ...", "Quisiera saber cómo funciona", "Je voudrais savoir comment ça
marche", "Gostaria de saber como funciona?", "I'd like to know how does it work?") asks
for help as the phrase alone does (``lead_ins``); the Swahili question was read as no
request. Followed by what it is about ("... cómo funciona el portal de facturas"), it
asks nothing of the agent."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Habari,\n\nNaomba kujua inafanyaje kazi?\n\nAsante,\nBaraka",
        "Ningependa kujua inafanyaje kazi.",
        "Hola, quisiera saber cómo funciona.",
        "Me gustaría saber cómo funciona.",
        "Bonjour, je voudrais savoir comment ça marche ?",
        "Olá, gostaria de saber como funciona?",
        "Hi, I'd like to know how does it work?",
    ],
)
def test_a_wish_to_know_how_it_works_is_help(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        "Quisiera saber cómo funciona el portal de facturas.",
        "Naomba kujua inafanyaje kazi mashine ya kahawa?",
    ],
)
def test_a_wish_to_know_how_something_else_works_is_no_help(text: str) -> None:
    assert understand(text).kind == "not_a_request"
