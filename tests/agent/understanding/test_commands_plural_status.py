"""A question how the writer's requests stand, asked of them in the plural ("Queria saber
como estão os meus pedidos de apresentação", "quería saber cómo están mis solicitudes",
"comment vont mes demandes", "wie stehen meine Anfragen", "maombi yangu yako wapi") asks
for status as the singular does; the same question of something else, or beside a new ask,
is none."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Oi! Queria saber como estão os meus pedidos de apresentação. Mandei três no mês"
        " passado e só recebi resposta de um, os outros ainda estão esperando?\n\nAbraço,\n"
        "Gabriel",
        "Como andam os meus pedidos?",
        "Hola, quería saber cómo están mis solicitudes de presentación. Mandé tres el mes pasado.",
        "Bonjour, je voulais savoir comment vont mes demandes de mise en relation.",
        "Hallo, wie stehen meine Anfragen?",
        "Hallo, ich wollte fragen, wie meine Anfragen stehen.",
        "Habari, maombi yangu ya utambulisho yako wapi?",
        "Hi, I wanted to know how my intro requests are going.",
    ],
)
def test_how_my_requests_stand_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # A new ask beside the question: the mail asks for an intro.
        "Queria saber como estão os meus pedidos. Pode também apresentar-me à Ana Lima?",
        "Quería saber cómo están mis solicitudes. ¿Me presentas también a Ana Lima?",
        # The question of something else.
        "Queria saber como estão os meus filhos.",
        "Como estão as coisas com a Ana? Tudo bem por aqui.",
    ],
)
def test_how_something_else_stands_or_beside_a_new_ask_is_no_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is None or found.command != "status"
