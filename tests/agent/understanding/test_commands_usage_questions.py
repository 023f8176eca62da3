"""A sentence that only says the writer does not understand how the agent works, asks it
to explain how it works ("¿me explica cómo funciona?"), or asks what to write ("No
entiendo muy bien cómo funciona.", "¿Qué tengo que escribir?"), asks how to use the agent
in a short mail written to it that names no pair, even beside what the writer was told
the agent does; with anything after it, or in a mail the agent is only copied on, it asks
nothing of the agent."""

from __future__ import annotations

import pytest

from agent.understanding.commands import asks_how_it_works
from tests.agent.understanding.test_requests import understand

_HELP = [
    "Mi nieta me dio esta dirección y me dijo que aquí me pueden presentar a personas. "
    "No entiendo muy bien cómo funciona. ¿Qué tengo que escribir? ¿Hace falta poner el "
    "correo de la otra persona?",
    "A friend said you can introduce people. I don't understand how this works, what do I write?",
    "Bonjour, on m'a dit que vous présentiez des gens. Je ne comprends pas comment ça marche.",
    "Ich habe gehört, dass Sie Leute vorstellen. Ich verstehe nicht, wie das funktioniert. "
    "Was muss ich schreiben?",
    "A minha filha disse-me que aqui apresentam pessoas. Não percebo bem como funciona. "
    "O que tenho de escrever?",
    "Não entendo como funciona.",
    "Habari, nimeambiwa mnatambulisha watu. Sielewi jinsi inavyofanya kazi.",
    "Hola, no entiendo cómo funciona.",
    # Asked to explain how it works, before any ask.
    "Un compañero me pasó este correo. Antes de pedirle nada, ¿me explica cómo funciona? "
    "¿Le mando el nombre y el correo de la persona, o nada más el nombre?",
    "Before I ask for anything, could you explain how it works? Do I send the name and email?",
    "Bonjour, pourriez-vous m'expliquer comment ça marche ? J'envoie juste le nom ?",
    "Guten Tag!\nKönnen Sie mir erklären, wie das funktioniert? Schicke ich nur den Namen?",
    "Olá, pode me explicar como funciona? Mando só o nome?",
    "Habari, unaweza kunieleza jinsi inavyofanya kazi? Nitume jina tu?",
    # A greeting of two words before the question, on its line, a comma between.
    "Guten Tag, ich verstehe nicht, wie das funktioniert.",
    "Guten Morgen, ich verstehe nicht, wie das funktioniert.",
    "Buenos días, no entiendo cómo funciona.",
    "Bom dia, não percebo como isto funciona.",
    "Olá, não entendo como isso funciona.",
    "Habari, sielewi jinsi hii inavyofanya kazi.",
]


@pytest.mark.parametrize("text", _HELP)
def test_not_understanding_how_it_works_or_what_to_write_is_help(text: str) -> None:
    assert asks_how_it_works(text)
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        # Something after it: a question about something else.
        "No entiendo cómo funciona el nuevo portal de facturas.",
        "What do I write in the quarterly report?",
        "Ich verstehe nicht, wie das funktioniert mit der Abrechnung.",
        "Guten Tag, ich verstehe nicht, wie das funktioniert mit der Abrechnung.",
        "Je ne comprends pas comment ça marche chez Orange, la facture est fausse.",
        # Understanding is no question.
        "J'ai compris comment ça marche, merci.",
        # An explanation asked for someone else, or of something else.
        "Could you explain how it works to Tom Hale? He keeps asking me.",
        "¿Me explica cómo funciona la factura electrónica?",
    ],
)
def test_a_question_about_something_else_is_no_usage_question(text: str) -> None:
    assert not asks_how_it_works(text)
    assert understand(text).kind != "command"


def test_a_pair_beside_it_stays_the_request() -> None:
    result = understand(
        "No entiendo muy bien cómo funciona. Preséntame a Carla Ruiz (carla@ruiz.example), "
        "por favor, busca socios para su panadería."
    )
    assert result.kind == "intro_request"
    assert result.confident


def test_copied_on_a_mail_between_others_it_asks_nothing() -> None:
    result = understand(
        "Hola Marta, te paso la factura del proveedor. No entiendo cómo funciona.",
        to="Marta Gil <marta@gil.example>",
        cc="Intro Agent <intro@introbot.net>",
    )
    assert result.kind != "command"
