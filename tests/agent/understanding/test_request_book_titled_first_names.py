"""A first name the address book holds after a title ("Dr. Armando Nhantumbo", "Eng. Rui
Tavares", "Bi. Neema Mushi") is that entry's first name as much as it is of an untitled
entry's ("Armando Cossa"): the first name alone is no one certain, in every language, and
both books read it so; alone in the book under that first name, the titled entry is the
one named."""

from __future__ import annotations

from typing import cast

import pytest

from agent.engine.inbound import _StoreAddressBook
from agent.engine.tables import ADDRESS_BOOK
from agent.message import Address
from agent.store.base import Tables
from agent.understanding.address_book import MemoryAddressBook, first_names
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ENTRIES = [
    Address("Dr. Armando Nhantumbo", "a.nhantumbo@health.example"),
    Address("Armando Cossa", "armando.cossa@mail.example"),
    Address("Prof Lucia Ferraz", "l.ferraz@uni.example"),
    Address("Lucia Ortega", "lucia@ortega.example"),
    Address("Dr. Kofi Mensah", "k.mensah@clinic.example"),
]
BOOK = MemoryAddressBook(_ENTRIES)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Could you put me in touch with Armando? Thanks", "Armando"),
        ("Pourriez-vous me présenter à Lucia ? Merci", "Lucia"),
        ("¿Me podrías presentar a Armando? Gracias", "Armando"),
        ("Kannst du mich mit Lucia bekannt machen? Danke", "Lucia"),
        ("Podem pôr-me em contacto com o Armando? Obrigada", "Armando"),
        ("Naomba unitambulishe kwa Armando. Asante", "Armando"),
    ],
)
def test_a_first_name_a_titled_entry_shares_is_no_one_certain(body: str, name: str) -> None:
    result = understand(body, book=BOOK)
    assert result.kind == "intro_request"
    assert result.b == Party(name, None)
    assert not result.confident


def test_a_titled_entry_alone_under_its_first_name_is_found() -> None:
    assert [a.email for a in BOOK.lookup("Kofi")] == ["k.mensah@clinic.example"]
    assert first_names("dr. kofi mensah") == {"dr.", "kofi"}
    assert first_names("kofi mensah") == {"kofi"}
    # A one-word name is its own first name, title or not.
    assert first_names("dr.") == {"dr."}
    # An initial is no title, and a title before the surname alone leaves no first name.
    assert first_names("j. park") == {"j."}
    assert first_names("dr. nhantumbo") == {"dr."}


def test_the_stored_book_reads_titled_first_names_as_the_memory_book_does() -> None:
    class Stored:
        def all(self, table: str) -> dict[str, dict[str, object]]:
            assert table == ADDRESS_BOOK
            return {a.email: {"names": [a.name]} for a in _ENTRIES}

    stored = _StoreAddressBook(cast(Tables, Stored()))
    for name in ("Armando", "Lucia", "Kofi", "Armando Cossa", "Dr. Armando Nhantumbo"):
        assert {a.key for a in stored.lookup(name)} == {a.key for a in BOOK.lookup(name)}
    assert {a.email for a in stored.lookup("Armando")} == {
        "a.nhantumbo@health.example",
        "armando.cossa@mail.example",
    }
