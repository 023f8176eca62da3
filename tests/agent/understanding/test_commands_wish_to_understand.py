"""A newcomer saying they would like to understand how the agent works before sending
anything ("j'aimerais comprendre comment cela fonctionne : que dites-vous exactement à la
personne contactée ?") asks for help, in a short mail that names no pair; beside an ask
naming a pair the ask is read."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nUn confrère m'a recommandé votre service. Avant de vous envoyer quoi que"
        " ce soit, j'aimerais comprendre comment cela fonctionne : que dites-vous exactement"
        " à la personne contactée ?\n\nEt faut-il écrire en français ou en anglais ?\n\nPascal",
        "Hello,\n\nA colleague recommended your service. Before I send anything, I'd like to"
        " understand how this works: what do you tell the other person?\n\nPascal",
        "Hola,\n\nUn colega me recomendó su servicio. Antes de enviarles nada, me gustaría"
        " entender cómo funciona: ¿qué le dicen exactamente a la persona contactada?\n\nPascal",
        "Guten Tag\n\nEin Kollege hat mir Ihren Dienst empfohlen. Bevor ich etwas schicke,"
        " möchte ich verstehen, wie das funktioniert: Was sagen Sie der kontaktierten Person"
        " genau?\n\nPascal",
        "Olá,\n\nUm colega recomendou o vosso serviço. Antes de enviar qualquer coisa,"
        " gostaria de entender como funciona: o que dizem exatamente à pessoa contactada?"
        "\n\nPascal",
        "Habari,\n\nMwenzangu alinipendekezea huduma yenu. Kabla sijatuma chochote,"
        " ningependa kuelewa jinsi inavyofanya kazi: mnamwambia nini mtu anayewasiliana"
        " naye?\n\nPascal",
    ],
)
def test_a_wish_to_understand_how_it_works_is_help(body: str) -> None:
    result = understand(body)
    assert result.kind == "command"
    assert result.command == "help"


def test_beside_an_ask_naming_a_pair_the_ask_is_read() -> None:
    result = understand(
        "Hello,\n\nI'd like to understand how this works at Acme before we meet, so could"
        " you introduce me to Jane Doe (jane@acme.example)?\n\nPascal"
    )
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == "jane@acme.example"
