"""A greeting and its comma opening a sentence ("Hola, ...", "Olá, ...", "Buenos días,
...") leave the sentence opening after them, where a pattern of a sentence's start is
read: "Hola, me gustaría que se conozcan Ana y Pedro" asks as "Me gustaría que se
conozcan Ana y Pedro" does. A wish that two people meet, with them between the wish and
the verb, asks too ("I'd love for Ana and Pedro to meet", "Ich möchte gern, dass Ana und
Pedro sich kennenlernen"). A word that is no greeting before the comma, a telling verb
after it, or a wish negated still asks nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ANA = "Ana Souza (ana@souza.example)"
_PEDRO = "Pedro Ruiz (pedro@ruiz.example)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Hola, me gustaría que se conozcan {_ANA} y {_PEDRO}.",
        f"Buenos días, me gustaría que se conozcan {_ANA} y {_PEDRO}.",
        f"Hola, quisiera que {_ANA} y {_PEDRO} se conozcan.",
        f"Olá, gostaria que a {_ANA} e o {_PEDRO} se conhecessem.",
        f"Bom dia, quero que a {_ANA} e o {_PEDRO} se conheçam.",
        f"Hi, I'd love for {_ANA} and {_PEDRO} to meet.",
        f"I'd like {_ANA} and {_PEDRO} to meet.",
        f"Hello, I would love for {_ANA} and {_PEDRO} to get to know each other.",
        f"Bonjour, j'aimerais que {_ANA} et {_PEDRO} se rencontrent.",
        f"Hallo, ich möchte gern, dass {_ANA} und {_PEDRO} sich kennenlernen.",
        f"Habari, ningependa {_ANA} na {_PEDRO} wakutane.",
    ],
)
def test_a_greeted_wish_that_two_meet_asks(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.confident
    assert {result.a, result.b} == {
        Party("Ana Souza", "ana@souza.example"),
        Party("Pedro Ruiz", "pedro@ruiz.example"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # A telling verb after the greeting: what someone does, no ask.
        "Olá, ele sempre apresenta a Beatriz Lima (bia@lima.example) ao Rui Costa "
        "(rui@costa.example).",
        # A wish negated.
        f"Hi, I don't want {_ANA} and {_PEDRO} to meet.",
        f"Hola, no me gustaría que se conozcan {_ANA} y {_PEDRO}.",
    ],
)
def test_no_ask_after_a_greeting_stays_none(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "not_a_request"


def test_two_to_meet_someone_else_is_no_pair_of_them() -> None:
    result = understand(f"Hi, I'd love for {_ANA} and {_PEDRO} to meet the board.\n\nAnn")
    assert not (
        result.confident
        and {result.a, result.b}
        == {
            Party("Ana Souza", "ana@souza.example"),
            Party("Pedro Ruiz", "pedro@ruiz.example"),
        }
    )
