"""An ask set on a condition not yet met, stressed to be done only then ("IF she agrees -
and only then - could you introduce her to ...", "et seulement alors", "y solo
entonces", "und erst dann", "e só então", "na hapo tu"; ``later_cues``): the request is
asked about, though both addresses are written. It was acted on."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ANN = Party("Ann Lee", "ann@lee.example")
_BOB = Party("Bob Ray", "bob@ray.example")

_ASKS = [
    (
        "en",
        "IF she agrees - and only then - could you introduce Ann Lee (ann@lee.example)"
        " to Bob Ray (bob@ray.example)?",
    ),
    (
        "fr",
        "Si elle accepte, et seulement alors, pourriez-vous présenter Ann Lee"
        " (ann@lee.example) à Bob Ray (bob@ray.example) ?",
    ),
    (
        "es",
        "Si acepta, y solo entonces, ¿podría presentar a Ann Lee (ann@lee.example)"
        " a Bob Ray (bob@ray.example)?",
    ),
    (
        "de",
        "Falls sie zusagt - und erst dann - stellen Sie bitte Ann Lee (ann@lee.example)"
        " Bob Ray (bob@ray.example) vor.",
    ),
    (
        "pt",
        "Se ela aceitar, e só então, pode apresentar a Ann Lee (ann@lee.example)"
        " ao Bob Ray (bob@ray.example)?",
    ),
    (
        "sw",
        "Akikubali, na hapo tu, tafadhali mtambulishe Ann Lee (ann@lee.example)"
        " kwa Bob Ray (bob@ray.example).",
    ),
]


@pytest.mark.parametrize(("lang", "body"), _ASKS)
def test_an_ask_done_only_then_is_asked_about(lang: str, body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request", lang
    assert {result.a, result.b} == {_ANN, _BOB}
    assert not result.confident


def test_the_same_ask_without_the_condition_is_acted_on() -> None:
    result = understand(
        "Could you introduce Ann Lee (ann@lee.example) to Bob Ray (bob@ray.example)?"
    )
    assert {result.a, result.b} == {_ANN, _BOB}
    assert result.confident
