"""Brazilian Portuguese "cola o X com a Y" and "junta o X com a Y", opening a sentence,
ask to put the two in touch, as "conecta o X com a Y" does; the verb telling what
someone does ("Ele sempre cola o Rui com a Ana") or gluing a thing asks nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

RUI = Party("Rui Sá", "rui@sa.example")
ANA = Party("Ana Lima", "ana@lima.example")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("cola o Rui Sá (rui@sa.example) com a Ana Lima (ana@lima.example) pfvr?", RUI, ANA),
        ("Oi, junta a Ana Lima (ana@lima.example) com o Rui Sá (rui@sa.example)!", ANA, RUI),
        (
            "salve! cola o Rui (produtor, rui@sa.example) com a Ana Lima"
            " (ana@lima.example)? eles n se conhecem",
            Party("Rui", "rui@sa.example"),
            ANA,
        ),
    ],
)
def test_hook_up_slang_asks(text: str, a: Party, b: Party) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (a, b)
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Ele sempre cola o Rui Sá com a Ana Lima nas festas.",
        "Cola o cartaz com fita, por favor.",
        "Cola comigo amanhã no estúdio, a Ana Lima vai estar lá.",
    ],
)
def test_other_uses_ask_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"
