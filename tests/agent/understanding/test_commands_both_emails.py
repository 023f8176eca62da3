"""Asking whether one needs both people's addresses or may give only a name ("do I need to
have both emails or can I just give you the name + company of the person?") asks how to use
the agent, in a mail that names no pair; beside a pair it stays the request."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_ASKS = [
    "Hello! Quick questions before I try it:\n\n1) do I need to have both emails or can I "
    "just give you the name + company of the person?\n2) can I ask for more than one "
    "intro in the same email?\n\nJericho",
    "Bonjour, est-ce que je dois avoir les deux adresses ou je peux juste vous donner le "
    "nom de la personne ?",
    "Hola, ¿necesito tener los dos correos o puedo darte solo el nombre y la empresa?",
    "Hallo, muss ich beide E-Mail-Adressen haben oder kann ich dir nur den Namen geben?",
    "Olá, preciso de ter os dois emails ou posso só dar o nome e a empresa?",
    "Habari, nahitaji kuwa na barua pepe zote mbili au naweza kukupa jina tu?",
]


@pytest.mark.parametrize("text", _ASKS)
def test_asking_whether_both_addresses_are_needed_is_help(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


def test_beside_a_pair_it_stays_the_request() -> None:
    result = understand(
        "Please introduce me to Bob Ray (bob@ray.example). Next time, do I need to have "
        "both emails?"
    )
    assert result.kind == "intro_request"
