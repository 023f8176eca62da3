"""A bare first name the address book holds that begins another entry's first name, three
letters or more ("Dan" beside Daniel, "Alex" beside Alexandra, "Sam" beside Samuel,
"Chris" beside Christina), may be either: no one certain, the name kept, as two entries
of the same first name are. The longer name, a full name, two letters ("Al" beside Alan)
or the start of a surname still resolve; both books read it so."""

from __future__ import annotations

from typing import cast

import pytest

from agent.engine.inbound import _StoreAddressBook
from agent.engine.tables import ADDRESS_BOOK
from agent.message import Address
from agent.store.base import Tables
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ENTRIES = [
    Address("Dan Whitaker", "dan@whitakerproperties.com"),
    Address("Daniel Okafor", "d.okafor@okaforlaw.com"),
    Address("Alex Moreau", "alex@moreau.fr"),
    Address("Alexandra Pinto", "a.pinto@pinto.pt"),
    Address("Sam Keller", "sam@keller.de"),
    Address("Samuel Otieno", "s.otieno@otieno.co.ke"),
    Address("Chris Lee", "chris@lee.io"),
    Address("Christina Ruiz", "c.ruiz@ruiz.es"),
    Address("Al Brandt", "al@brandt.de"),
    Address("Alan Hughes", "a.hughes@hughes.co.uk"),
    Address("Ken Danforth", "k.danforth@danforth.com"),
    Address("Tom Berg", "tom@berg.se"),
]
BOOK = MemoryAddressBook(_ENTRIES)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Can you hook me up with Dan again? Need to sort out the lease.", "Dan"),
        ("Introduce me to Alex? Thanks", "Alex"),
        ("Pourriez-vous me présenter à Sam ? Merci", "Sam"),
        ("¿Me podrías presentar a Chris? Gracias", "Chris"),
        ("Kannst du mich mit Dan bekannt machen? Danke", "Dan"),
        ("Você pode me apresentar ao Sam? Obrigado", "Sam"),
    ],
)
def test_a_first_name_that_begins_another_is_no_one_certain(body: str, name: str) -> None:
    result = understand(body, book=BOOK)
    assert result.kind == "intro_request"
    assert result.b == Party(name, None)
    assert not result.confident


@pytest.mark.parametrize(
    ("body", "b"),
    [
        ("Hook me up with Daniel again? Thanks", Party("Daniel Okafor", _ENTRIES[1].email)),
        ("Introduce me to Dan Whitaker? Thanks", Party("Dan Whitaker", _ENTRIES[0].email)),
        ("Introduce me to Alexandra? Thanks", Party("Alexandra Pinto", _ENTRIES[3].email)),
        ("Introduce me to Christina? Thanks", Party("Christina Ruiz", _ENTRIES[7].email)),
        ("Introduce me to Al? Thanks", Party("Al Brandt", "al@brandt.de")),
        ("Introduce me to Tom? Thanks", Party("Tom Berg", "tom@berg.se")),
        ("Introduce me to Ken? Thanks", Party("Ken Danforth", _ENTRIES[10].email)),
    ],
)
def test_a_name_no_other_first_name_continues_stays_certain(body: str, b: Party) -> None:
    result = understand(body, book=BOOK)
    assert result.b == b
    assert result.confident


def test_the_stored_book_reads_short_first_names_as_the_memory_book_does() -> None:
    class Stored:
        def all(self, table: str) -> dict[str, dict[str, object]]:
            assert table == ADDRESS_BOOK
            return {a.email: {"names": [a.name]} for a in _ENTRIES}

    stored = _StoreAddressBook(cast(Tables, Stored()))
    for name in ("Dan", "Daniel", "Dan Whitaker", "Alex", "Sam", "Chris", "Al", "Ken", "Dana"):
        assert {a.key for a in stored.lookup(name)} == {a.key for a in BOOK.lookup(name)}
    assert {a.email for a in stored.lookup("Dan")} == {_ENTRIES[0].email, _ENTRIES[1].email}
    assert [a.email for a in stored.lookup("Daniel")] == [_ENTRIES[1].email]
    assert [a.email for a in stored.lookup("Al")] == ["al@brandt.de"]
    assert stored.lookup("Dana") == ()
