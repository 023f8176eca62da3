"""A mail naming no pair that asks what the agent is for, or whether the writer must
register or pay before using it ("Could you please tell me what exactly it is for, and
whether I need to register or pay anything?"), asks for help, in the six languages and
in a longer mail of a few paragraphs too. A mail asking for an intro is read as one."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

HELP = [
    "Dear Sir/Madam,\n\nI was given this address at a meeting on Tuesday evening by our"
    " diocesan officer, who said our parish could use it for introductions. Could you please"
    " tell me what exactly it is for, and whether I need to register or pay anything before"
    " I use it? Also can the wardens use it too, or is it only for the office?\n\nI am sorry"
    " if these are silly questions.\n\nYours sincerely,\nMargaret",
    "Hello, a friend gave me this address. Do I need to sign up first?\n\nThanks\nMargaret",
    "Bonjour, on m'a donné cette adresse. Est-ce que je dois m'inscrire avant de l'utiliser ?",
    "Hola, me han pasado esta dirección. ¿Tengo que registrarme o hay que pagar algo?",
    "Guten Tag, ich habe diese Adresse von einer Kollegin. Muss ich mich registrieren?",
    "Olá, recebi este endereço de uma amiga. Preciso me cadastrar antes de usar?",
    "Habari, nimepewa anwani hii na rafiki. Je nijisajili kwanza?",
]


@pytest.mark.parametrize("body", HELP)
def test_whether_to_register_or_pay_asks_for_help(body: str) -> None:
    result = understand(body)
    assert result.kind == "command"
    assert result.command == "help"


def test_an_ask_beside_it_is_read_as_the_ask() -> None:
    result = understand(
        "Could you introduce me to Priya Raman (priya@lumen.example)? Do I need to register first?"
    )
    assert result.kind == "intro_request"


def test_paying_someone_else_is_no_help_question() -> None:
    result = understand("Hi Tom, the invoice is attached. I paid it yesterday.\n\nAnn")
    assert result.kind == "not_a_request"
