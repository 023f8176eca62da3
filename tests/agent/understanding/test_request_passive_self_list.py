"""A sentence ending on a colon in which the writer asks to be introduced, the passive's
subject ("I have three people I would like to be introduced to:"), asks for the writer to
meet each one listed after it, as "Could you introduce me to:" does; never an intro
between the listed people themselves."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")
PRIYA = Party("Priya Raman", "priya@raman.example")
ARJUN = Party("Arjun Menon", "arjun@menon.example")
ITEMS = "\n\n1) Priya Raman (priya@raman.example)\n\n2) Arjun Menon (arjun@menon.example)\n"


@pytest.mark.parametrize(
    "lead",
    [
        "I have three people I'd love to be introduced to:",
        "I have two people I would like to be introduced to, if possible:",
        "I would like to be introduced to these people:",
    ],
)
def test_the_writer_meets_each_one_listed(lead: str) -> None:
    result = understand(lead + ITEMS)
    assert result.kind == "intro_request"
    pairs = [(result.a, result.b)] + [(m.a, m.b) for m in result.more]
    assert pairs == [(ME, PRIYA), (ME, ARJUN)]


def test_the_listed_are_not_introduced_to_each_other() -> None:
    result = understand("I have two people I would like to be introduced to:" + ITEMS)
    assert (result.a, result.b) != (PRIYA, ARJUN)
