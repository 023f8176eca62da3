"""A sentence that is a ``help`` phrase alone asks how the agent works in a mail longer
than a command too, up to 90 words, one telling who gave the writer the address and what
else they wonder ("Our alumni office passed me this address before I share it with the
board: what can you do exactly? ..."), as long as no sentence asks for an intro; the
formal and plural ones ask as the familiar does ("Was können Sie alles?", "¿Qué pueden
hacer?", "O que vocês podem fazer?", "Mnafanyaje kazi?"). A help word alone ("Help!")
asks so only in a short mail, and a longer mail asking for someone named is an ask."""

from __future__ import annotations

import pytest

from agent.understanding.commands import asks_how_to_use
from tests.agent.understanding.test_requests import understand

LONGER = [
    "Hello,\n\nOur alumni office passed me this address, and I want to understand it before"
    " I share it with the board of our association. What exactly can you do? Can I set up"
    " intros for two of our members if I am neither of them? And what if one of them"
    " never writes back to you?",
    "Bonjour,\n\nLe bureau des anciens m'a transmis cette adresse, et je veux la comprendre"
    " avant de la partager avec le bureau de notre association. Qu'est-ce que vous pouvez"
    " faire exactement ? Puis-je proposer des rencontres entre deux membres sans en faire"
    " partie ? Et si l'un d'eux ne répond jamais ?",
    "Hola:\n\nLa oficina de antiguos alumnos me pasó esta dirección y quiero entenderla"
    " antes de compartirla con la junta de nuestra asociación. ¿Qué pueden hacer"
    " exactamente? ¿Puedo proponer encuentros entre dos socios sin ser uno de ellos? ¿Y si"
    " uno de ellos nunca contesta?",
    "Guten Tag,\n\ndas Alumnibüro hat mir diese Adresse gegeben, und ich möchte sie"
    " verstehen, bevor ich sie an den Vorstand unseres Vereins weitergebe. Was können Sie"
    " alles? Darf ich Treffen zwischen zwei Mitgliedern anregen, ohne selbst dabei zu sein?"
    " Und was, wenn eines davon nie antwortet?",
    "Olá,\n\nO gabinete de antigos alunos passou-me este endereço e quero percebê-lo antes de"
    " o partilhar com a direção da nossa associação. O que vocês podem fazer exatamente?"
    " Posso propor encontros entre dois sócios sem ser um deles? E se um deles nunca"
    " responder?",
    "Habari,\n\nOfisi ya wahitimu imenipa anwani hii wiki iliyopita, na nataka kuielewa"
    " vizuri kabla ya kuishiriki na bodi ya chama chetu. Mnafanyaje kazi hasa? Naweza"
    " kupendekeza mikutano kati ya wanachama wawili bila kuwa mmoja wao? Na je, mmoja wao"
    " asipojibu kamwe?",
]


@pytest.mark.parametrize("body", LONGER)
def test_a_help_phrase_alone_in_a_longer_mail_asks_for_help(body: str) -> None:
    # Longer than a command: the sentence alone asks.
    assert len(body.split()) > 40
    result = understand(f"{body}\n\nRegards\nMaren Holt", subject="A question")
    assert (result.kind, result.command) == ("command", "help")


def test_a_help_word_alone_asks_so_only_in_a_short_mail() -> None:
    assert asks_how_to_use("Help! How does it work?")
    longer = (
        "Help! Our printer broke the night before the open day, the spare toner never came,"
        " the shop in town is closed on Sundays and the posters are still on my laptop. I"
        " will ring the caretaker in the morning and see whether the school office has one"
        " we can borrow."
    )
    assert len(longer.split()) > 40
    assert not asks_how_to_use(longer)


def test_a_longer_mail_asking_for_someone_named_beside_it_is_an_ask() -> None:
    body = (
        "Hello,\n\nOur alumni office passed me this address, and I want to understand it before"
        " I share it with the board of our association. What exactly can you do? Could you"
        " introduce me to Priya Raman (priya@lumen.example), who chairs the Leeds branch and"
        " asked to meet our treasurer?\n\nMaren"
    )
    result = understand(body, subject="A question")
    assert result.kind == "intro_request"
    assert result.command is None


def test_a_help_phrase_in_a_mail_over_ninety_words_is_no_help() -> None:
    story = " ".join(["We met at the spring fair and talked about the garden project."] * 8)
    assert not asks_how_to_use(f"{story} What can you do?")
