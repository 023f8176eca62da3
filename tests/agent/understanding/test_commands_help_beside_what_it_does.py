"""A help question alone in a short mail ("how does it work exactly?", "Wie funktioniert
das genau?") beside a sentence telling what the agent does for people in general ("a
colleague said I can cc this address to introduce people", "dass man mit dieser Adresse
Leute vorstellen kann"; an ask verb before or after one of ``people_in_general``): the
ask verb asks for no one, and the mail asks for help. It was read as no request. An ask
verb with someone as its object still stops the help reading."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_HELP = [
    "hey, a colleague told me I can cc this address to introduce people? how does it work"
    " exactly. does everyone have to agree first?\ncheers",
    "Hi! My neighbour mentioned you connect people. How does it work?\nthanks",
    "Hallo, ein Kollege meinte, dass man mit dieser Adresse Leute vorstellen kann. Wie"
    " funktioniert das genau?\nDanke",
    "Hallo, man kann hier wohl Menschen vernetzen? Wie funktioniert das?\nGrüße",
    "salut, un collègue m'a dit qu'on peut mettre cette adresse en copie pour présenter des"
    " gens ? comment ça marche exactement ?\nmerci",
    "hola, un compañero me dijo que con esta dirección se puede presentar a personas."
    " ¿cómo funciona exactamente?\ngracias",
    "olá, um colega disse que dá para apresentar pessoas com este endereço. como funciona"
    " exatamente?\nobrigado",
]


@pytest.mark.parametrize("text", _HELP)
def test_help_beside_what_the_agent_does_is_help(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        "hi, could you introduce me to Dana? how does it work exactly?",
        "Hallo, können Sie mich Frau Berger vorstellen? Wie funktioniert das genau?",
    ],
)
def test_an_ask_for_someone_is_no_help(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.command is None
