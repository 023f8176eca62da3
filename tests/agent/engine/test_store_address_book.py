"""The store's address book answers a surname asked after a title as the memory one does:
every entry whose name of two words or more ends on it, a hyphenated surname's parts too."""

from __future__ import annotations

from typing import Any, cast

from agent.engine.inbound import _StoreAddressBook
from agent.engine.tables import ADDRESS_BOOK
from agent.store.base import Tables


class _Table:
    """Only what the address book reads of the store: one table's documents."""

    def __init__(self, documents: dict[str, dict[str, Any]]) -> None:
        self._documents = documents

    def all(self, table: str) -> dict[str, dict[str, Any]]:
        return dict(self._documents) if table == ADDRESS_BOOK else {}


def _book() -> _StoreAddressBook:
    documents = {
        "j.brandt@bauamt.example": {"names": ["Jürgen Brandt"]},
        "kerstin@brandl.example": {"names": ["Kerstin Brandl"]},
        "s.favre-bulle@fidujura.example": {"names": ["Sandrine Favre-Bulle"]},
        "nicolas@fidujura.example": {"names": ["Nicolas Favre"]},
        "cher@cher.example": {"names": ["Cher"]},
    }
    return _StoreAddressBook(cast(Tables, _Table(documents)))


def test_a_surname_is_the_entries_it_ends() -> None:
    book = _book()
    assert [a.email for a in book.lookup_surname("Brandt")] == ["j.brandt@bauamt.example"]
    assert {a.email for a in book.lookup_surname("favre")} == {
        "s.favre-bulle@fidujura.example",
        "nicolas@fidujura.example",
    }
    assert book.lookup_surname("Cher") == ()
    # Names and first names are read as before.
    assert [a.email for a in book.lookup("Jürgen Brandt")] == ["j.brandt@bauamt.example"]
