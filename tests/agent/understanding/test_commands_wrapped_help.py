"""A question how to use the agent wrapped over lines by the writer's mail client ("What
do I\\nactually need to send?") asks as it would on one line, beside what the writer was
told of the agent and a question whether to ask for others ("Ananya from our Slack said
you do introductions over email. ... And can I ask for intros for my team members or
only\\nfor myself?"). A line starting with a capital is a new sentence, not a wrapped one,
and an ask for someone named beside the question stays an ask."""

from __future__ import annotations

import pytest

from agent.understanding.commands import asks_how_it_works, asks_how_to_use
from tests.agent.understanding.test_requests import understand

TOLD = {
    "en": "Ananya from our Slack said you do introductions over email.",
    "fr": "Ananya m'a dit que vous faites des mises en relation par e-mail.",
    "es": "Ananya me dijo que ustedes hacen presentaciones por correo.",
    "de": "Ananya hat mir erzählt, dass ihr Leute per Mail miteinander bekannt macht.",
    "pt": "A Ananya disse-me que vocês fazem apresentações por e-mail.",
    "sw": "Ananya aliniambia kwamba mnafanya utambulisho kwa barua pepe.",
}

WRAPPED = [
    ("What do I\nactually need to send?", "en"),
    ("Qu'est-ce que je\ndois vous écrire ?", "fr"),
    ("¿Qué tengo\nque escribir?", "es"),
    ("Ich verstehe nicht,\nwie das funktioniert.", "de"),
    ("O que tenho\nque escrever?", "pt"),
    ("Natakiwa kuandika\nnini?", "sw"),
]


@pytest.mark.parametrize(("question", "language"), WRAPPED)
def test_a_wrapped_question_how_to_use_the_agent_asks_for_help(
    question: str, language: str
) -> None:
    result = understand(f"Hi,\n\n{TOLD[language]} {question}\n\nSandeep", subject="?")
    assert result.kind == "command"
    assert result.command == "help"


def test_a_longer_wrapped_mail_asking_what_to_send_and_for_whom_asks_for_help() -> None:
    body = (
        "Hi,\n\nAnanya from our Slack said you do introductions over email. What do I\n"
        "actually need to send? Just the name and email of the other person, or do\n"
        "you need a reason too? And can I ask for intros for my team members or only\n"
        "for myself?\n\nSandeep\nQuillByte (we make the markdown editor, not the pens)"
    )
    result = understand(body, subject="how does this work?")
    assert (result.kind, result.command) == ("command", "help")


def test_lines_opening_with_a_capital_are_not_joined() -> None:
    assert not asks_how_it_works("What do I\nDo Tuesday?")
    assert not asks_how_to_use("The venue\nIs free on Tuesday.")


def test_a_wrapped_question_beside_an_ask_for_someone_named_is_an_ask() -> None:
    body = (
        "Hi,\n\nCould you introduce me to Ana Lopez (ana@example.com)? What do I\n"
        "actually need to send you next time?\n\nSandeep"
    )
    result = understand(body, subject="intro")
    assert result.kind == "intro_request"
