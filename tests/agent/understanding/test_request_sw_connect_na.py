"""Kenyan Swahili borrows "connect" and "link" for the verb ("Tafadhali connect Wanjiru na
Otieno", "uwaconnect", "walink"): with "na" joining the two, the pair as "waunganishe
Wanjiru na Otieno" asks; first names alone are found in the address book. It was read as
no request."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WANJIRU = Party("Wanjiru Kamau", "wanjiru@baridi.example")
_OTIENO = Party("Otieno Odhiambo", "otieno@syndicate.example")
_BOOK = MemoryAddressBook(
    [
        Address("Wanjiru Kamau", "wanjiru@baridi.example"),
        Address("Otieno Odhiambo", "otieno@syndicate.example"),
        Address("Kevin Mutua", "kevin@lab.example"),
    ]
)


@pytest.mark.parametrize(
    "ask",
    [
        "Tafadhali connect Wanjiru na Otieno.",
        "Naomba uwaconnect Wanjiru na Otieno.",
        "Tafadhali link Wanjiru na Otieno.",
    ],
)
def test_a_borrowed_connect_with_na_asks_for_the_pair(ask: str) -> None:
    result = understand(
        f"Sasa!\n\n{ask} Wanjiru anajenga solar cold-storage, na Otieno ako na angel"
        " syndicate.\n\nShukran,\nNjeri",
        sender="Njeri Gathoni <njeri@lab.example>",
        book=_BOOK,
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_WANJIRU, _OTIENO}
    assert result.confident
