"""Texting's "w" for "with" in the phrasings ("connect Lucia Marquez w Jonas Becker", "put me
in touch w Rafael Duarte"), as a written "with" is read; elsewhere it asks nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "pls connect Lucia Marquez w Jonas Becker, shes looking for a battery supplier",
            "Lucia Marquez",
            "Jonas Becker",
        ),
        ("introduce Ann Lee w Bob Ray please", "Ann Lee", "Bob Ray"),
        ("can you put me in touch w Rafael Duarte again?", "Ann Lee", "Rafael Duarte"),
    ],
)
def test_w_for_with_reads_the_pair(text: str, a: str, b: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.a is not None and result.b is not None
    assert (result.a.name, result.b.name) == (a, b)
    assert not result.confident


def test_w_with_addresses_is_confident() -> None:
    result = understand("hey can u connect me w Priya Sharma - priya@loomcraft.io she runs ops")
    assert (result.a, result.b) == (_WRITER, Party("Priya Sharma", "priya@loomcraft.io"))
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "I'll be there w Ann Lee (ann@lee.example) tomorrow.",
        "Lunch w Bob Ray went well, thanks!",
    ],
)
def test_w_outside_an_ask_asks_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"
