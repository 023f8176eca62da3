"""The address book: names and addresses the agent has already seen in mail headers.

Understanding only reads it, through the ``AddressBook`` protocol, so any store can
back it. A name resolves only when exactly one address answers to it; a first name
answers for anyone whose address says they go by it too ("Chidi" for Chidiebere Nwosu
<chidi@...> beside Chidi Eze), and for anyone whose first name it begins ("Dan" for
Daniel Okafor beside Dan Whitaker); a surname, asked for after a title ("Herrn Brandt"),
for anyone whose name of two words or more ends on it or on a hyphenated surname it is
part of. An entry's first name is also the one after a title its name opens on ("Armando"
of "Dr. Armando Nhantumbo"), so that first name stays as ambiguous as it is. A full name
no one is listed under answers for whoever goes by its first name, as their address says,
and is listed under the rest of it ("Gus dos Santos" for Augusto dos Santos
<gus.dossantos@...>).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Protocol

from agent.message import Address


class AddressBook(Protocol):
    """Anything that can list the addresses known under a name."""

    def lookup(self, name: str) -> Sequence[Address]:
        """Every known address for ``name`` (a full name or a first name); empty if none."""
        ...

    def lookup_surname(self, surname: str) -> Sequence[Address]:
        """Every known address whose name ends on ``surname``; empty if none."""
        ...


def name_key(name: str) -> str:
    """A name as compared: case-folded, inner space collapsed."""
    return " ".join(name.casefold().split())


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """The titles of the request rules (``titles``), read once; imported here so that an
    address book built outside the understanding needs nothing more."""
    from agent.understanding.request_rules import load_rules

    return frozenset(load_rules().titles)


def first_names(full: str) -> set[str]:
    """The first names a case-folded name answers to: its first word and, after a title
    it opens on ("dr.", "sr.", "prof", "bi."), the word after it when a surname follows:
    "dr. armando nhantumbo" is an Armando as much as "armando cossa" is, so "Armando"
    alone resolves to neither."""
    words = full.split()
    if not words:
        return set()
    at = 0
    # Only a title is passed over, never an initial ("j. park" has no first name but "j."),
    # and only while a surname still follows ("dr. nhantumbo" has none).
    while at < len(words) - 2 and words[at].rstrip(".") in _titles():
        at += 1
    return {words[0], words[at]}


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


# The shortest first name read as the start of a longer one ("Dan" of "Daniel", "Sam" of
# "Samuel"): shorter ones ("Al", "Jo") are names of their own as often.
_SHORT_NAME = 3


def with_namesakes(
    found: Sequence[Address],
    key: str,
    called: Mapping[str, Mapping[str, Address]],
    firsts: Sequence[str] = (),
    by_first: Mapping[str, Iterable[Address]] | None = None,
) -> Sequence[Address]:
    """The addresses ``found`` under the first name ``key``, with those of anyone else
    whose address says they go by it: "Chidi" names Chidi Eze and Chidiebere Nwosu
    <chidi@...> alike, so it resolves to neither. So does a first name of three letters
    or more that begins another's (``firsts``, sorted, the first names ``by_first``
    holds): "Dan" may be Daniel Okafor as well as Dan Whitaker, "Alex" Alexandra, "Sam"
    Samuel, "Chris" Christina. Someone known only that way is not found by it: a first
    name alone never resolves on an address's local part nor on part of a name.

    A full name no one is listed under names whoever goes by its first name, as their
    address says, and is listed under the rest of it: "Gus dos Santos" is Augusto dos
    Santos <gus.dossantos@...>, never Gustavo Medeiros."""
    if " " in key:
        return found or _called_in_full(key, called)
    if not found:
        return found
    others: list[Address] = list(called.get(key, {}).values())
    if by_first is not None and len(key) >= _SHORT_NAME:
        # The first names after ``key`` in sorted order that it begins, a cheap search.
        at = bisect_right(firsts, key)
        while at < len(firsts) and firsts[at].startswith(key):
            others += by_first.get(firsts[at], ())
            at += 1
    if not others:
        return found
    return tuple({a.key: a for a in (*found, *others)}.values())


def _called_in_full(key: str, called: Mapping[str, Mapping[str, Address]]) -> Sequence[Address]:
    """Those whose address says they go by the first word of the full name ``key`` and
    whose listed name goes on as ``key`` does after it ("gus dos santos" for Augusto dos
    Santos <gus.dossantos@...>)."""
    first, _, rest = key.partition(" ")
    return tuple(
        address
        for address in called.get(first, {}).values()
        if name_key(address.name).partition(" ")[2] == rest
    )


def surnames(full: str) -> set[str]:
    """The surnames a case-folded name of two words or more answers to: its last word and,
    hyphenated, each of its parts ("favre-bulle", "favre", "bulle"), so "Madame Favre" is
    no certain one beside Sandrine Favre-Bulle and Nicolas Favre. None for one word."""
    words = full.split()
    if len(words) < 2:
        return set()
    last = words[-1]
    return {last, *(part for part in last.split("-") if part)}


class MemoryAddressBook:
    """An address book held in memory, matching full names and first names."""

    def __init__(self, entries: Iterable[Address] = ()) -> None:
        self._by_name: dict[str, dict[str, Address]] = {}
        self._called: dict[str, dict[str, Address]] = {}
        self._by_first: dict[str, list[Address]] = {}
        self._by_last: dict[str, dict[str, Address]] = {}
        self._firsts: list[str] | None = None
        for entry in entries:
            self.add(entry)

    def add(self, address: Address) -> None:
        """Remember ``address`` under its full name and its first name."""
        if not address.name.strip() or not address.key:
            return
        full = name_key(address.name)
        firsts = first_names(full)
        for key in {full, *firsts}:
            self._by_name.setdefault(key, {})[address.key] = address
        for first in firsts:
            self._by_first.setdefault(first, []).append(address)
        for surname in surnames(full):
            self._by_last.setdefault(surname, {})[address.key] = address
        self._firsts = None
        called = called_by(address)
        if called is not None:
            self._called.setdefault(called, {})[address.key] = address

    def lookup(self, name: str) -> Sequence[Address]:
        """Every address known under ``name``, one per distinct address, with anyone's
        whose address says they go by that first name, or whose first name it begins, too
        (``with_namesakes``)."""
        key = name_key(name)
        if self._firsts is None:
            self._firsts = sorted(self._by_first)
        found = tuple(self._by_name.get(key, {}).values())
        return with_namesakes(found, key, self._called, self._firsts, self._by_first)

    def lookup_surname(self, surname: str) -> Sequence[Address]:
        """Every address known under a name of two words or more ending on ``surname``,
        one per distinct address ("Brandt" for Jürgen Brandt, not for Kerstin Brandl)."""
        return tuple(self._by_last.get(name_key(surname), {}).values())
