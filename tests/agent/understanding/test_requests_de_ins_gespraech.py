"""German "mit X ins Gespräch kommen" wished for ("Ich würde gern mit Jonas Brehm ins
Gespräch kommen", "Lea Wolf möchte gern mit ... ins Gespräch kommen") asks to be put in
touch, as "mit X in Kontakt kommen" does; telling that one got talking asks nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

JONAS = Party("Jonas Brehm", "j.brehm@brehm.example")


@pytest.mark.parametrize(
    ("text", "a"),
    [
        (
            "Ich würde gern mit Jonas Brehm ins Gespräch kommen (j.brehm@brehm.example).",
            Party("Ann Lee", "ann@lee.example"),
        ),
        (
            "Ich möchte gerne mit Jonas Brehm (j.brehm@brehm.example) ins Gespräch kommen.",
            Party("Ann Lee", "ann@lee.example"),
        ),
        (
            "Meine Kollegin Lea Wolf (lea@wolf.example) möchte gern mit Jonas Brehm"
            " (j.brehm@brehm.example) ins Gespräch kommen.",
            Party("Lea Wolf", "lea@wolf.example"),
        ),
    ],
)
def test_wish_to_get_talking_asks(text: str, a: Party) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (a, JONAS)
    assert result.confident


def test_telling_one_got_talking_asks_nothing() -> None:
    result = understand("Ich bin gestern mit Jonas Brehm ins Gespräch gekommen.")
    assert result.kind == "not_a_request"
