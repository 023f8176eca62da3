"""A question how an intro asked for before stands ("Any news on my intro to Priya?",
one of ``status_cues``), beside a new ask in another sentence, names the one that intro
is with, no one to introduce anew: the new ask is the request. An ask after the question
in its own sentence is still read with it, and the question alone is a status command."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

CAROL = Party("Carol Diaz", "carol@diaz.example")


_AT = "(carol@diaz.example)"


@pytest.mark.parametrize(
    ("question", "ask"),
    [
        ("Any news on my intro to Priya?", f"Also, could you introduce me to Carol Diaz {_AT}?"),
        ("How's my intro to Priya going?", f"Separately, please introduce me to Carol Diaz {_AT}."),
        (
            "Où en est ma mise en relation avec Priya ?",
            f"Pourriez-vous aussi me présenter à Carol Diaz {_AT} ?",
        ),
        (
            "¿Cómo va mi presentación con Priya?",
            f"¿Podrías también presentarme a Carol Diaz {_AT}?",
        ),
        (
            "Gibt es Neuigkeiten zu meiner Vorstellung bei Priya?",
            f"Könnten Sie mich auch Carol Diaz {_AT} vorstellen?",
        ),
        (
            "Alguma novidade sobre a minha apresentação à Priya?",
            f"Poderia também me apresentar à Carol Diaz {_AT}?",
        ),
        (
            "Utambulisho wangu umefikia wapi na Priya?",
            f"Tafadhali unitambulishe pia kwa Carol Diaz {_AT}.",
        ),
    ],
)
def test_a_status_question_beside_a_new_ask_leaves_the_new_ask(question: str, ask: str) -> None:
    result = understand(f"Hi,\n\n{question} {ask} She is hiring.\n\nAnn")
    assert result.kind == "intro_request"
    assert result.b == CAROL
    assert result.more == ()
    assert result.confident


def test_an_ask_after_the_question_in_its_sentence_is_still_read() -> None:
    result = understand(
        "Hi,\n\nAny news on my intro to Priya, and could you also introduce me to Carol Diaz"
        " (carol@diaz.example)?\n\nAnn"
    )
    assert result.kind == "intro_request"
    assert CAROL in {result.b, *(pair.b for pair in result.more)}


def test_the_question_alone_asks_how_the_intro_stands() -> None:
    result = understand("Hi,\n\nAny news on my intro to Priya?\n\nAnn")
    assert result.kind == "command"
    assert result.command == "status"


def test_an_intro_noun_without_the_status_question_still_asks() -> None:
    result = understand(
        "Hi,\n\nCould you make my intro to Carol Diaz (carol@diaz.example)? She is hiring.\n\nAnn"
    )
    assert result.kind == "intro_request"
    assert result.b == CAROL
