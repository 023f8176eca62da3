"""A question what to write followed by nothing but a purpose clause asking the agent for
an intro that names no one ("¿Qué tengo que escribir para que ustedes pongan en contacto a
dos personas?") asks how to ask, not for an intro: help. Naming whom ("... para que me
presenten a Ana García"), or writing about something else, it is no such question."""

from __future__ import annotations

import pytest

from agent.understanding.commands import asks_how_it_works
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Buenas,\n\nUn colega me pasó esta dirección pero no entiendo bien cómo funciona. ¿Qué"
        " tengo que escribir para que ustedes pongan en contacto a dos personas? ¿Hace falta"
        " poner el correo de las dos?\n\nGracias,\nErnesto Paredes",
        "What do I have to write for you to connect two people?",
        "Hi, what should I write so that you can introduce two people?",
        "Qu'est-ce que je dois écrire pour que vous mettiez deux personnes en contact ?",
        "Was muss ich schreiben, damit ihr zwei Leute zusammenbringt?",
        "Was soll ich Ihnen schreiben, damit Sie zwei Kollegen vorstellen?",
        "O que eu tenho que escrever para vocês apresentarem duas pessoas?",
        "Natakiwa kuandika nini ili mtuunganishe watu wawili?",
        # The same wish put as a condition of the writer's ("if I want to ...").
        "Hi, what do I have to write if I want to introduce two people?",
        "Qu'est-ce que je dois écrire si je veux présenter deux personnes ?",
        "Hola, ¿qué tengo que escribir si quiero presentar a dos personas?",
        "Was muss ich schreiben, wenn ich zwei Ehrenamtliche miteinander bekannt machen möchte?",
        "Was soll ich Ihnen schreiben wenn ich zwei Kollegen vorstellen möchte?",
        "Olá, o que tenho que escrever se eu quiser apresentar duas pessoas?",
        "Habari, natakiwa kuandika nini nikitaka kuwatambulisha watu wawili?",
        # The purpose put as the writer's own infinitive ("to introduce", "pour présenter").
        "What do I need to write to you to introduce two people?",
        "Bonsoir, que dois-je écrire pour présenter deux personnes ?",
        "¿Qué tengo que escribir para presentar a dos personas?",
        "Was soll ich Ihnen schreiben um zwei Kollegen vorzustellen?",
        "Was muss ich schreiben, um zwei Leute miteinander bekannt zu machen?",
        "O que tenho de escrever para apresentar duas pessoas?",
    ],
)
def test_what_to_write_for_an_intro_of_no_one_named_is_help(text: str) -> None:
    assert asks_how_it_works(text)
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        "¿Qué tengo que escribir para que me presenten a Ana García?",
        "What do I write for you to introduce me to Carol Diaz?",
        "¿Qué tengo que escribir en el informe para que lo entiendan?",
        "What should I write so that the board approves the budget?",
        "What do I have to write if I want to introduce Ana Lopez to Bob?",
        "Was muss ich schreiben wenn ich Anna Müller vorstellen möchte?",
        "¿Qué tengo que escribir si quiero presentar a Ana García?",
        "What should I write if I want to change my address?",
        "What do I write to introduce myself to Carol Diaz?",
        "Qu'est-ce que je dois écrire pour présenter Ana Lopez à Bob ?",
        "Was muss ich schreiben um Anna Müller vorzustellen?",
        "O que tenho de escrever para apresentar a Ana Lopes?",
        "What should I write to change my address?",
    ],
)
def test_what_to_write_naming_someone_or_for_something_else_is_no_such_question(
    text: str,
) -> None:
    assert not asks_how_it_works(text)


def test_conditional_ask_of_a_named_person_stays_a_request() -> None:
    result = understand("Wenn Sie möchten, stellen Sie mich bitte Anna (anna@x.de) vor.")
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == "anna@x.de"
