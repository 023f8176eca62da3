"""The address book: names and addresses the agent has already seen in mail headers.

Understanding only reads it, through the ``AddressBook`` protocol, so any store can
back it. A name resolves only when exactly one address answers to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from agent.message import Address


class AddressBook(Protocol):
    """Anything that can list the addresses known under a name."""

    def lookup(self, name: str) -> Sequence[Address]:
        """Every known address for ``name`` (a full name or a first name); empty if none."""
        ...


def name_key(name: str) -> str:
    """A name as compared: case-folded, inner space collapsed."""
    return " ".join(name.casefold().split())


class MemoryAddressBook:
    """An address book held in memory, matching full names and first names."""

    def __init__(self, entries: Iterable[Address] = ()) -> None:
        self._by_name: dict[str, dict[str, Address]] = {}
        for entry in entries:
            self.add(entry)

    def add(self, address: Address) -> None:
        """Remember ``address`` under its full name and its first name."""
        if not address.name.strip() or not address.key:
            return
        full = name_key(address.name)
        for key in {full, full.split()[0]}:
            self._by_name.setdefault(key, {})[address.key] = address

    def lookup(self, name: str) -> Sequence[Address]:
        """Every address known under ``name``, one per distinct address."""
        return tuple(self._by_name.get(name_key(name), {}).values())
