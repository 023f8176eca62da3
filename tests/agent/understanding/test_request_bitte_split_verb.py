"""A German ask may put "bitte" between the one to introduce and the other: "Stell mich
bitte Carol Diaz (...) vor", "Stellst du mich bitte ... vor?", "Stellen Sie Tom Hall (...)
bitte ... vor" ask as "Stell mich Carol Diaz (...) vor" does; "Stell mich bitte nicht ...
vor" asks nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_CAROL = "Carol Diaz (carol@diaz.org)"
_ME = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    "sentence",
    [
        f"Stell mich bitte {_CAROL} vor.",
        f"Stellen Sie mich bitte {_CAROL} vor.",
        f"Stell mich {_CAROL} vor.",
        f"Stellst du mich bitte {_CAROL} vor?",
    ],
)
def test_bitte_after_mich_asks(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert (result.a, result.b) == (_ME, Party("Carol Diaz", "carol@diaz.org"))
    assert result.confident


def test_bitte_nicht_after_mich_asks_nothing() -> None:
    assert understand(f"Stell mich bitte nicht {_CAROL} vor.\n\nAnn").kind == "not_a_request"


def test_bitte_between_two_others() -> None:
    result = understand(f"Stellen Sie Tom Hall (tom@hall.example) bitte {_CAROL} vor.\n\nAnn")
    assert (result.a, result.b) == (
        Party("Tom Hall", "tom@hall.example"),
        Party("Carol Diaz", "carol@diaz.org"),
    )
    assert result.confident
