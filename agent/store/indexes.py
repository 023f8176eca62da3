"""Secondary indexes: value -> keys maps kept in memory beside each table.

The store answers "which intros are awaiting replies" or "which outbox mails are
pending" from these maps instead of scanning 100k documents. They are rebuilt when the
store opens and updated on every put and delete (and undone with a rolled back
transaction), so they are never written to disk and can never disagree with it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from agent.store.base import Document, IndexKey, IndexValue

_MISSING = object()


def _slot(value: IndexValue) -> tuple[bool, IndexValue]:
    # True == 1 in a dict, but "state is true" and "state is 1" are different lookups.
    return (isinstance(value, bool), value)


class TableIndexes:
    """The declared secondary indexes of one table."""

    def __init__(self, table: str, spec: Mapping[str, IndexKey]) -> None:
        self.table = table
        self._keys: dict[str, IndexKey] = dict(spec)
        self._maps: dict[str, dict[tuple[bool, IndexValue], set[str]]] = {name: {} for name in spec}

    @property
    def names(self) -> list[str]:
        """The names of the declared indexes."""
        return list(self._keys)

    def add(self, key: str, document: Document) -> None:
        """Index a document that was just stored under ``key``."""
        for name, index_key in self._keys.items():
            entries = self._maps[name]
            for value in _values(index_key, document):
                entries.setdefault(_slot(value), set()).add(key)

    def remove(self, key: str, document: Document) -> None:
        """Forget a document that was stored under ``key`` and is being replaced or deleted."""
        for name, index_key in self._keys.items():
            entries = self._maps[name]
            for value in _values(index_key, document):
                slot = _slot(value)
                keys = entries.get(slot)
                if keys is not None:
                    keys.discard(key)
                    if not keys:
                        del entries[slot]

    def lookup(self, name: str, value: IndexValue) -> set[str]:
        """Return the keys whose ``name`` value is ``value`` (a copy; safe to iterate)."""
        try:
            entries = self._maps[name]
        except KeyError:
            declared = ", ".join(self._keys) or "none"
            raise KeyError(
                f"table {self.table!r} has no index {name!r} (declared: {declared})"
            ) from None
        return set(entries.get(_slot(value), ()))


def _values(index_key: IndexKey, document: Document) -> Iterator[IndexValue]:
    value: Any
    if callable(index_key):
        value = index_key(document)
    else:
        value = document
        for part in index_key.split("."):
            if not isinstance(value, dict):
                return
            value = value.get(part, _MISSING)
            if value is _MISSING:
                return
    if isinstance(value, list):
        seen: set[tuple[bool, IndexValue]] = set()
        for item in value:
            if _is_scalar(item) and _slot(item) not in seen:
                seen.add(_slot(item))
                yield item
    elif _is_scalar(value) and (value is not None or not callable(index_key)):
        yield value


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)
