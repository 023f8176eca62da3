"""English puts an adjective bare before a name, with no article ("to young Kwame
Mensah", "to old Tom Baker"): it opens a description as "the young" does, so the ask
reads on to the name. It was read as no request at all. A hedged ask ("I wonder whether
you might ... Only if you think it wise") and a party without an address are still
asked about."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_SENDER = "Edith Marsh <edith.marsh@example.org>"
_HUGH = Party("Hugh Varley", "h.varley@museum.example")


@pytest.mark.parametrize("adjective", ["young", "old"])
def test_a_bare_adjective_before_a_name_opens_a_description(adjective: str) -> None:
    result = understand(
        f"Hello,\n\nCould you introduce Hugh Varley (h.varley@museum.example) to {adjective}"
        " Kofi Mensah (kofi.mensah@example.net)? He records the elders' stories.\n\n"
        "Best,\nEdith Marsh",
        sender=_SENDER,
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_HUGH, Party("Kofi Mensah", "kofi.mensah@example.net")}
    assert result.confident


def test_a_hedged_ask_for_one_without_an_address_is_asked_about() -> None:
    result = understand(
        "Dear Intro Agent,\n\nI wonder whether you might introduce Mr Hugh Varley, the"
        " keeper at the town museum (h.varley@museum.example), to young Kofi Mensah, who"
        " has been recording the elders at the chapel. I don't have his email, I'm"
        " afraid.\n\nOnly if you think it wise, mind.\n\nKind regards,\nEdith Marsh",
        sender=_SENDER,
    )
    assert result.kind == "intro_request"
    assert result.a == _HUGH
    assert result.b is not None and result.b.name == "Kofi Mensah"
    assert not result.confident


def test_young_people_name_no_one() -> None:
    result = understand(
        "Hello,\n\nCould you introduce Hugh Varley (h.varley@museum.example) to young"
        " people in the valley?\n\nBest,\nEdith Marsh",
        sender=_SENDER,
    )
    assert not result.confident
