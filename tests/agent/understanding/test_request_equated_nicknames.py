"""A name the writer sets equal to a full name ("Bibi = Beatrice Achterberg, you've got
her from ...") is that full name: the one the address book lists under it is certain.
A full name no one in the book has, a name set equal to nothing, or a full name written
in lower case stays asked about."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_BOOK = MemoryAddressBook(
    [
        Address("Beatrice Achterberg", "bibi.achterberg@mailbox.test"),
        Address("Hugo Lind", "hugo.lind@stagecraft.example"),
    ]
)
_HUGO = "Hugo Lindqvist (hugo@lindqvistwines.test)"


@pytest.mark.parametrize(
    "body",
    [
        f"Can you introduce Bibi to {_HUGO}?\nBibi = Beatrice Achterberg, you've got her.",
        f"Peux-tu présenter Bibi à {_HUGO} ?\nBibi = Beatrice Achterberg, tu l'as déjà.",
        f"¿Puedes presentar a Bibi a {_HUGO}?\nBibi = Beatrice Achterberg, ya la tienes.",
        f"Kannst du Bibi mit {_HUGO} bekannt machen?\nBibi = Beatrice Achterberg, du hast sie.",
        f"Podes apresentar a Bibi ao {_HUGO}?\nBibi = Beatrice Achterberg, já a tens.",
        f"Naomba umtambulishe Bibi kwa {_HUGO}.\nBibi = Beatrice Achterberg, unaye tayari.",
    ],
)
def test_a_name_set_equal_to_a_booked_full_name_is_that_one(body: str) -> None:
    result = understand(body + "\n\nOlly", book=_BOOK)
    assert result.kind == "intro_request"
    assert result.a == Party("Beatrice Achterberg", "bibi.achterberg@mailbox.test")
    assert result.b == Party("Hugo Lindqvist", "hugo@lindqvistwines.test")
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"Can you introduce Bibi to {_HUGO}?\nBibi = Beatrix Achter, you've got her.",
        f"Can you introduce Bibi to {_HUGO}?\nBibi = beatrice achterberg, you've got her.",
        f"Can you introduce Bibi to {_HUGO}?\nBibi is lovely, you've got her.",
    ],
)
def test_otherwise_the_name_is_asked_about(body: str) -> None:
    result = understand(body + "\n\nOlly", book=_BOOK)
    assert result.kind == "intro_request"
    assert result.a is not None and result.a.email is None
    assert not result.confident
