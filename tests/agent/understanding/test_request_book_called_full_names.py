"""A full name no one in the address book is listed under answers for whoever goes by its
first name, as their address says, and is listed under the rest of it: "Gus dos Santos" is
Augusto dos Santos <gus.dossantos@...>, so an ask for him is acted on. Another Gus
(Gustavo Medeiros), a rest that differs ("Gus Santos") or two such entries, and no one."""

from __future__ import annotations

from typing import Any, cast

import pytest

from agent.engine.inbound import _StoreAddressBook
from agent.engine.tables import ADDRESS_BOOK
from agent.message import Address
from agent.store.base import Tables
from agent.understanding.address_book import MemoryAddressBook
from tests.agent.understanding.test_requests import understand

_ENTRIES = [
    Address("Augusto dos Santos", "gus.dossantos@comcast.net"),
    Address("Gustavo Medeiros", "gmedeiros@harvardsq-mgmt.com"),
    Address("Marta Greene", "marta.greene@gmail.com"),
]


class _Table:
    """Only what the address book reads of the store: one table's documents."""

    def __init__(self, documents: dict[str, dict[str, Any]]) -> None:
        self._documents = documents

    def all(self, table: str) -> dict[str, dict[str, Any]]:
        return dict(self._documents) if table == ADDRESS_BOOK else {}


def _store() -> _StoreAddressBook:
    documents = {entry.email: {"names": [entry.name]} for entry in _ENTRIES}
    return _StoreAddressBook(cast(Tables, _Table(documents)))


@pytest.mark.parametrize("book", [MemoryAddressBook(_ENTRIES), _store()])
def test_a_full_name_by_the_first_name_an_address_gives(book: Any) -> None:
    assert [a.email for a in book.lookup("Gus dos Santos")] == ["gus.dossantos@comcast.net"]
    assert book.lookup("Gus Santos") == ()
    assert book.lookup("Gus Medeiros") == ()
    # Listed names are read as before.
    assert [a.email for a in book.lookup("Augusto dos Santos")] == ["gus.dossantos@comcast.net"]


def test_two_going_by_it_are_no_one() -> None:
    book = MemoryAddressBook(
        [*_ENTRIES, Address("Augustin dos Santos", "gus@dossantos-bau.example")]
    )
    assert len(book.lookup("Gus dos Santos")) == 2


@pytest.mark.parametrize(
    "body",
    [
        "hey - can you connect me with Gus dos Santos? he owns the two-family on Wendell St.",
        "Peux-tu me mettre en relation avec Gus dos Santos ? Il loue un appartement.",
        "¿Me pones en contacto con Gus dos Santos? Alquila un piso.",
        "Kannst du mich mit Gus dos Santos bekannt machen? Er vermietet eine Wohnung.",
        "Podes apresentar-me ao Gus dos Santos? Ele aluga um apartamento.",
        "Naomba uniunganishe na Gus dos Santos. Anapangisha nyumba.",
    ],
)
def test_an_ask_for_him_is_acted_on(body: str) -> None:
    result = understand(body, book=MemoryAddressBook(_ENTRIES))
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == "gus.dossantos@comcast.net"
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "hey - can you connect me with Gus Santos? he owns the two-family on Wendell St.",
        "hey - can you connect me with Gus Medeiros? he manages the building.",
    ],
)
def test_a_name_the_book_does_not_give_is_asked_about(body: str) -> None:
    result = understand(body, book=MemoryAddressBook(_ENTRIES))
    assert result.kind == "intro_request"
    assert not result.confident
