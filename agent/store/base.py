"""The state store's contract: named tables of JSON documents keyed by string ids.

The agent depends on these protocols only; ``agent.store.tinydb_store.TinyDBStore`` is
the default backend and any other (SQLite, a remote service) plugs in by providing the
same methods. A backend promises:

- documents are JSON-serialisable dicts, stored and returned as copies, so mutating a
  returned dict never changes the store;
- ``get`` by key and ``find`` on a declared secondary index never scan a table;
- outside a transaction every ``put`` and ``delete`` is its own durable commit;
- inside ``with store.transaction() as tx:`` all writes, over any number of tables,
  become durable together in one commit when the block ends, reads see the block's own
  writes, and an exception discards all of them, on disk and in memory alike;
- ``transaction(durable=False)`` may return before the disk has the commit (it must
  survive the process dying), and ``sync`` waits until every commit so far is durable,
  so a busy writer can share one wait for the disk among many commits.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import Any, Protocol, TypeAlias

Document: TypeAlias = dict[str, Any]
"""One stored document: a JSON object (str keys; str, int, float, bool, None, list, dict)."""

IndexValue: TypeAlias = str | int | float | bool | None
"""A value a secondary index maps to keys: a JSON scalar."""

IndexKey: TypeAlias = str | Callable[[Document], Any]
"""How an index derives its value(s) from a document.

A string is a dotted path into the document (``"requester.email"``); a callable gets
the stored document itself (not a copy, for speed: it must not change it) and returns
the value. A scalar is indexed as is, a list
indexes each of its scalar items (so one intro can be found under both parties), and a
missing path, ``None`` from a callable, a dict or any other value leaves the document
out of that index.
"""

IndexSpec: TypeAlias = Mapping[str, Mapping[str, IndexKey]]
"""Per table, the secondary indexes to keep: ``{"intros": {"status": "status"}}``."""


class Tables(Protocol):
    """Reading and writing documents; what a transaction block is handed."""

    def get(self, table: str, key: str) -> Document | None:
        """Return a copy of the document stored under ``key``, or None."""

    def put(self, table: str, key: str, document: Document) -> None:
        """Store a copy of ``document`` under ``key``, replacing any previous one."""

    def delete(self, table: str, key: str) -> bool:
        """Remove the document under ``key``; return whether there was one."""

    def find(self, table: str, index: str, value: IndexValue) -> dict[str, Document]:
        """Return copies of the documents whose ``index`` value is ``value``, by key."""

    def all(self, table: str) -> dict[str, Document]:
        """Return copies of every document in ``table``, by key."""

    def keys(self, table: str) -> list[str]:
        """Return the keys of ``table`` (no document is copied)."""

    def count(self, table: str) -> int:
        """Return the number of documents in ``table``."""


class StateStore(Tables, Protocol):
    """A durable, single-writer store of tables, with atomic multi-table commits."""

    def transaction(self, *, durable: bool = True) -> AbstractContextManager[Tables]:
        """Group the writes of a ``with`` block into one atomic commit.

        ``durable=False``: the commit survives the process dying, and a power loss only
        once ``sync`` (or a later durable commit) has run.
        """

    def sync(self) -> None:
        """Wait until every commit so far is durable."""

    def sync_job(self) -> Callable[[], None] | None:
        """A function making every commit so far durable, safe to run on another thread;
        None when all are."""

    def close(self) -> None:
        """Release the store (and its lock); further use raises ``StoreError``."""
