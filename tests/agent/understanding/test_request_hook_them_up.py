""" "Can you hook them up?" after two people named asks to introduce them, as "Can you
connect them?" does (a ``triggers`` phrase and the ``pair_patterns`` "hook {A} up $"), in
an English sentence of a mail mixing in another language too; told of as done ("I hooked
them up last week") it asks nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


def test_hook_them_up_after_two_with_addresses_reads_the_pair() -> None:
    result = understand(
        "My cousin Dora Pinto (dora@pinto.example) bakes sourdough and I thought of Sam"
        " Okafor (sam@okafor.example), he buys for three cafes. Can you hook them up?"
    )
    assert result.kind == "intro_request"
    emails = {p.email for p in (result.a, result.b) if p is not None}
    assert emails == {"dora@pinto.example", "sam@okafor.example"}


@pytest.mark.parametrize(
    "text",
    [
        "Mi primo Dora Pinto (dora@pinto.example) vende pan y pensé en la señora Lupe from"
        " the mercado, she buys for the cafés. No tengo su correo. Can you hook them up?",
        "My cousin Dora Pinto (dora@pinto.example) bakes bread and Sam Okafor buys for cafes,"
        " no email for him sorry. Could you link them up?",
    ],
)
def test_hook_them_up_with_a_party_unaddressed_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "I hooked them up last week, thanks.",
        "Dora Pinto (dora@pinto.example) and Sam Okafor (sam@okafor.example) met; I hooked"
        " them up at the fair.",
    ],
)
def test_hooked_them_up_told_asks_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"
