"""Portuguese "conectar" in the imperfect subjunctive after a wish ("Queria muito que
você me conectasse com a ...", "Gostaria que nos conectassem com o ..."): an ask for an
intro, the one after "com" to meet, as "me conecte com" was. It was read as no request."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Oi! Queria muito que você me conectasse com a Marta Quintela, que é editora numa"
            " casa em Lisboa. O email dela é marta.q@livrosdoteju.example.",
            Party("Marta Quintela", "marta.q@livrosdoteju.example"),
        ),
        (
            "Olá, gostaria que nos conectassem com o Rui Tavares (rui@tavares.example).",
            Party("Rui Tavares", "rui@tavares.example"),
        ),
    ],
)
def test_a_subjunctive_connect_asks(text: str, party: Party) -> None:
    assert confident_b(text) == party


def test_connecting_told_as_done_asks_nothing() -> None:
    # What someone did, told, is no ask of the agent.
    result = understand("Olá! Ontem a Ana conectou-me com o Rui Tavares na feira. Obrigada!")
    assert result.kind == "not_a_request"
