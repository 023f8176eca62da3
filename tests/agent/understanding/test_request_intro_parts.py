"""An intro word used as the noun of a talk's part ("I'll do the intro part", "l'intro de la
présentation", "la intro del deck", "das Intro der Präsentation", "a intro da apresentação")
asks no intro, and the words after it are no ask either; an ask beside it still counts."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_PAUL = Party("Paul Martin", "paul@martin.example")


@pytest.mark.parametrize(
    "text",
    [
        "raj can u send me the deck b4 the acme call, ill do the intro part and hand over to u "
        "for pricing",
        "I'll do the intro slide, you do the rest.",
        "Can you do the intro section of the deck?",
        "Can you do the intro part with Paul Martin (paul@martin.example) tomorrow?",
        "Peux-tu faire l'intro de la présentation à Paul Martin (paul@martin.example) ?",
        "¿Puedes hacer la intro del deck con Paul Martin (paul@martin.example)?",
        "Kannst du das Intro der Präsentation mit Paul Martin (paul@martin.example) machen?",
        "Você pode fazer a intro da apresentação com Paul Martin (paul@martin.example)?",
        "Unaweza kufanya sehemu ya utangulizi na Paul Martin (paul@martin.example)?",
    ],
)
def test_an_intro_part_of_a_talk_asks_no_intro(text: str) -> None:
    assert understand(text).kind == "not_a_request"


@pytest.mark.parametrize(
    "text",
    [
        "Can you make the intro to Paul Martin (paul@martin.example)? He'll love the intro "
        "slides we did.",
        "I'll handle the intro section; can you introduce me to Paul Martin (paul@martin.example)?",
        "Pourriez-vous me faire une présentation à Paul Martin (paul@martin.example) ?",
        "¿Podrías hacerme una presentación con Paul Martin (paul@martin.example)?",
        "Preciso da apresentação com o Paul Martin (paul@martin.example), pode ser?",
        "Você pode me apresentar ao Paul Martin (paul@martin.example)? Eu faço a intro da "
        "apresentação amanhã.",
        "Könntest du mich mit Paul Martin (paul@martin.example) bekannt machen? Ich halte die "
        "Einleitung des Vortrags.",
    ],
)
def test_an_ask_beside_an_intro_part_or_of_a_presentation_still_asks(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_WRITER, _PAUL)
    assert result.confident


def test_a_bare_intro_asked_for_still_asks() -> None:
    assert understand("Can you do the intro?").kind == "intro_request"
