"""A third person's pronoun with "'d" joined ("He'd like to be introduced to ...",
"She'd love to meet ...") says what "He would ..." says: the one named before wishes it."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_LEAD = "I'm writing on behalf of my dad, Glyn Pryce (glyn.pryce@pryce.example). "


@pytest.mark.parametrize(
    "ask",
    [
        "He'd like to be introduced to Rhodri Pugh (rhodri@coed.example).",
        "He\u2019d like to be introduced to Rhodri Pugh (rhodri@coed.example).",
        "He'd love to meet Rhodri Pugh (rhodri@coed.example).",
        "He would like to be introduced to Rhodri Pugh (rhodri@coed.example).",
    ],
)
def test_contracted_wish_of_the_one_named(ask: str) -> None:
    result = understand(_LEAD + ask + " He wants to plant trees.\n\nFfion")
    assert result.kind == "intro_request"
    assert result.a == Party("Glyn Pryce", "glyn.pryce@pryce.example")
    assert result.b == Party("Rhodri Pugh", "rhodri@coed.example")
    assert result.confident


def test_she_d_of_a_colleague() -> None:
    result = understand(
        "My colleague Ann Kerr (ann@kerr.example) is keen. She'd love to meet Bob Lee"
        " (bob@lee.example)."
    )
    assert result.a == Party("Ann Kerr", "ann@kerr.example")
    assert result.b == Party("Bob Lee", "bob@lee.example")


def test_asking_whether_he_d_be_open_still_reads() -> None:
    result = understand(
        "Could you please ask Bob Lee (bob@lee.example) if he'd be open to meeting me?"
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Bob Lee", "bob@lee.example")
