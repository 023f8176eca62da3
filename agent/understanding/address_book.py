"""The address book: names and addresses the agent has already seen in mail headers.

Understanding only reads it, through the ``AddressBook`` protocol, so any store can
back it. A name resolves only when exactly one address answers to it; a first name
answers for anyone whose address says they go by it too ("Chidi" for Chidiebere Nwosu
<chidi@...> beside Chidi Eze).
"""

from __future__ import annotations

import re
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


_LOCAL_PIECES = re.compile(r"[._+-]+")


def called_by(address: Address) -> str | None:
    """The other first name an entry's address says they may go by, case-folded: the
    word of three letters or more its local part opens on, when it is no word of the
    listed name ("chidi" of Chidiebere Nwosu <chidi@nwosu-compliance.com>). None for
    most entries, whose local part opens on their name or an initial ("chidi.eze@",
    "jd.rochat@"). A word that is no name ("info@") only ever adds to a name found."""
    first = _LOCAL_PIECES.split(address.email.casefold().partition("@")[0])[0]
    if len(first) < 3 or not first.isalpha():
        return None
    return None if first in name_key(address.name).split() else first


def with_namesakes(
    found: Sequence[Address], key: str, called: dict[str, dict[str, Address]]
) -> Sequence[Address]:
    """The addresses ``found`` under the first name ``key``, with those of anyone else
    whose address says they go by it: "Chidi" names Chidi Eze and Chidiebere Nwosu
    <chidi@...> alike, so it resolves to neither. Someone known only that way is not
    found by it: a first name alone never resolves on an address's local part."""
    namesakes = called.get(key) if found and " " not in key else None
    if not namesakes:
        return found
    return tuple({a.key: a for a in (*found, *namesakes.values())}.values())


class MemoryAddressBook:
    """An address book held in memory, matching full names and first names."""

    def __init__(self, entries: Iterable[Address] = ()) -> None:
        self._by_name: dict[str, dict[str, Address]] = {}
        self._called: dict[str, dict[str, Address]] = {}
        for entry in entries:
            self.add(entry)

    def add(self, address: Address) -> None:
        """Remember ``address`` under its full name and its first name."""
        if not address.name.strip() or not address.key:
            return
        full = name_key(address.name)
        for key in {full, full.split()[0]}:
            self._by_name.setdefault(key, {})[address.key] = address
        called = called_by(address)
        if called is not None:
            self._called.setdefault(called, {})[address.key] = address

    def lookup(self, name: str) -> Sequence[Address]:
        """Every address known under ``name``, one per distinct address, with anyone's
        whose address says they go by that first name too (``with_namesakes``)."""
        key = name_key(name)
        return with_namesakes(tuple(self._by_name.get(key, {}).values()), key, self._called)
