"""An address given in brackets after a lead saying whose it is ("Ms. Leila Haddad (her
address is leila@...)") is the one named before the bracket's, as a bare bracketed
address is: a comma after the bracket closes the mention as after a name ("..., to
Pieter van Oordt"), and an address given for the other in a later sentence ("His address
is p.vanoordt@...") is still the one named without one's. Two people named without
addresses before such a sentence leave it no one's."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

LEILA = Party("Leila Haddad", "leila.haddad@unige.example")
PIETER = Party("Pieter van Oordt", "p.vanoordt@ziggo.example")


@pytest.mark.parametrize(
    "body",
    [
        "I should be most grateful if you would introduce Ms. Leila Haddad (her address is "
        "leila.haddad@unige.example), to Ambassador Pieter van Oordt, who led the talks. His "
        "address is p.vanoordt@ziggo.example.",
        "Please introduce Ms. Leila Haddad (her address is leila.haddad@unige.example) to "
        "Pieter van Oordt, who led the talks. His address is p.vanoordt@ziggo.example.",
        "Please introduce Ms. Leila Haddad (her email is leila.haddad@unige.example) to "
        "Pieter van Oordt. His email is p.vanoordt@ziggo.example.",
    ],
)
def test_bracketed_lead_leaves_the_later_address_to_the_other(body: str) -> None:
    result = understand(body)
    assert (result.a, result.b) == (LEILA, PIETER)
    assert result.confident


def test_two_named_without_addresses_leave_the_later_address_no_ones() -> None:
    result = understand(
        "Please introduce Ms. Leila Haddad (her address is leila.haddad@unige.example) to "
        "Pieter van Oordt and Jan de Vries. His address is p.vanoordt@ziggo.example."
    )
    assert not result.confident
