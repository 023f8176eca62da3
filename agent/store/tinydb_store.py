"""The default state store: tables of documents in a TinyDB JSON file, kept in memory.

The file has TinyDB's layout (``{"table": {"key": {...document...}}}``) and is read and
written through ``JournaledStorage``, a TinyDB ``Storage`` of an atomically replaced
snapshot plus an append-only journal. TinyDB's own ``Table`` API is not used for reads
and writes: it converts every key of a table on each operation and rewrites the whole
file once per document, while the agent needs key lookups that do not grow with the
table and one durable write per transaction. So the whole state is loaded once, under
the lock, into plain dicts with secondary indexes beside them; a commit appends its
changes to the journal, and the full state is written out only when the journal has
grown as large as the snapshot (see ``bench/store_scaling.py`` for the figures).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from tinydb import TinyDB

from agent.errors import StoreError
from agent.store.base import Document, IndexSpec, IndexValue, Tables
from agent.store.documents import copy_document, copy_trusted
from agent.store.indexes import TableIndexes
from agent.store.journal import Op
from agent.store.journaled_storage import (
    DEFAULT_COMPACT_AT_BYTES,
    DEFAULT_COMPACT_RATIO,
    JOURNAL_KEY,
    JournaledStorage,
)
from agent.store.lock import StoreLock

SCHEMA_VERSION = 1
"""The layout this code writes; a store from a newer one is refused, never rewritten."""

META_TABLE = "meta"
SCHEMA_KEY = "schema"
_KEPT_BY_STORE = {(META_TABLE, SCHEMA_KEY), (META_TABLE, JOURNAL_KEY)}

log = logging.getLogger(__name__)


def _email_of(document: Document) -> Any:
    # Callers may store the requester as an address or as {"email": ..., "name": ...}.
    requester = document.get("requester")
    if isinstance(requester, dict):
        requester = requester.get("email")
    return requester.lower() if isinstance(requester, str) else None


DEFAULT_INDEXES: IndexSpec = {
    "intros": {"status": "status", "requester": _email_of},
    "outbox": {"state": "state", "intro_id": "intro_id"},
}
"""The secondary indexes the agent's lookups need; key lookups need none."""

_Undo = tuple[str, str, Document | None]


class TinyDBStore:
    """A ``StateStore`` over one TinyDB JSON file, with a lock, transactions and indexes."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        indexes: IndexSpec | None = None,
        compact_at_bytes: int = DEFAULT_COMPACT_AT_BYTES,
        compact_ratio: float = DEFAULT_COMPACT_RATIO,
    ) -> None:
        """Open (or create) the store at ``path``; see ``JournaledStorage`` for the
        compaction thresholds."""
        self.path = Path(path)
        self._mutex = threading.RLock()
        self._undo: list[_Undo] | None = None
        self._closed = True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = StoreLock(self.path)
        self._lock.acquire()
        try:
            self._db = TinyDB(
                self.path,
                storage=JournaledStorage,
                compact_at_bytes=compact_at_bytes,
                compact_ratio=compact_ratio,
            )
            storage = self._db.storage
            assert isinstance(storage, JournaledStorage)
            self.storage = storage
            self.storage.remove_leftovers()
            data = self.storage.read()
            if data is None:
                data = {META_TABLE: {SCHEMA_KEY: {"version": SCHEMA_VERSION}}}
                self.storage.write(data)
            self._check_schema(data)
            self._tables: dict[str, dict[str, Document]] = data
            spec = DEFAULT_INDEXES if indexes is None else indexes
            self._indexes = {table: TableIndexes(table, keys) for table, keys in spec.items()}
            for table, table_indexes in self._indexes.items():
                for key, document in self._tables.get(table, {}).items():
                    table_indexes.add(key, document)
        except BaseException:
            self._lock.release()
            raise
        self._closed = False

    # Reading.

    def get(self, table: str, key: str) -> Document | None:
        """Return a copy of the document stored under ``key``, or None."""
        with self._mutex:
            self._check_open()
            document = self._tables.get(table, {}).get(key)
            return None if document is None else copy_trusted(document)

    def find(self, table: str, index: str, value: IndexValue) -> dict[str, Document]:
        """Return copies of the documents whose ``index`` value is ``value``, by key."""
        with self._mutex:
            self._check_open()
            table_indexes = self._indexes.get(table)
            if table_indexes is None:
                raise KeyError(f"table {table!r} has no indexes (asked for {index!r})")
            documents = self._tables.get(table, {})
            keys = sorted(table_indexes.lookup(index, value))
            return {key: copy_trusted(documents[key]) for key in keys}

    def all(self, table: str) -> dict[str, Document]:
        """Return copies of every document in ``table``, by key."""
        with self._mutex:
            self._check_open()
            documents = self._tables.get(table, {})
            return {key: copy_trusted(document) for key, document in documents.items()}

    def keys(self, table: str) -> list[str]:
        """Return the keys of ``table`` (no document is copied)."""
        with self._mutex:
            self._check_open()
            return list(self._tables.get(table, {}))

    def count(self, table: str) -> int:
        """Return the number of documents in ``table``."""
        with self._mutex:
            self._check_open()
            return len(self._tables.get(table, {}))

    # Writing.

    def put(self, table: str, key: str, document: Document) -> None:
        """Store a copy of ``document`` under ``key``; durable now unless in a transaction."""
        self._check_name(table, key)
        stored = copy_document(document, f"{table}/{key}")
        with self._mutex:
            self._check_open()
            self._write(table, key, stored)

    def delete(self, table: str, key: str) -> bool:
        """Remove the document under ``key``; return whether there was one."""
        self._check_name(table, key)
        with self._mutex:
            self._check_open()
            if key not in self._tables.get(table, {}):
                return False
            self._write(table, key, None)
            return True

    def compact(self) -> None:
        """Fold the journal into a new snapshot now (it also happens on its own)."""
        with self._mutex:
            self._check_open()
            if self._undo is not None:
                raise StoreError(f"{self.path}: cannot compact inside a transaction")
            self.storage.write(self._tables)

    @contextmanager
    def transaction(self, *, durable: bool = True) -> Iterator[Tables]:
        """Group the block's writes into one commit; an exception discards them all.

        A transaction opened inside another joins it: its writes become durable with the
        outer one, and an exception leaving it undoes its own writes (even if the outer
        block catches it). Other threads wait until the block ends, so they never see
        its uncommitted writes. ``durable=False`` (outermost block only) writes the
        commit without waiting for the disk: it survives the process dying but not a
        power loss until ``sync``, so nothing may leave the machine on its strength
        before then.
        """
        with self._mutex:
            self._check_open()
            outermost = self._undo is None
            if self._undo is None:
                self._undo = []
            savepoint = len(self._undo)
            try:
                yield self
            except BaseException:
                self._rollback(savepoint)
                if outermost:
                    self._undo = None
                raise
            if not outermost:
                return
            try:
                if self._undo:
                    self._commit(self._changes(self._undo), durable=durable)
            except BaseException:
                self._rollback(0)
                raise
            finally:
                self._undo = None

    def sync(self) -> None:
        """Wait until every commit so far is durable (after ``durable=False`` ones)."""
        with self._mutex:
            self._check_open()
            self.storage.sync()

    def sync_job(self) -> Callable[[], None] | None:
        """A function that makes every commit so far durable, to run on another thread.

        It touches no state of the store, so commits can go on while it runs; None
        when there is nothing new to make durable.
        """
        with self._mutex:
            self._check_open()
            return self.storage.sync_job()

    def close(self) -> None:
        """Release the lock; the store may then be opened by another process."""
        with self._mutex:
            if self._closed:
                return
            if self._undo is not None:
                raise StoreError(f"{self.path}: cannot close the store inside a transaction")
            self._closed = True
            try:
                self._db.close()
            finally:
                self._lock.release()

    def __enter__(self) -> TinyDBStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # Internals.

    def _write(self, table: str, key: str, document: Document | None) -> None:
        previous = self._set(table, key, document)
        if self._undo is not None:
            self._undo.append((table, key, previous))
            return
        try:
            self._commit([(table, key, document)])
        except BaseException:
            self._set(table, key, previous)
            raise

    def _set(self, table: str, key: str, document: Document | None) -> Document | None:
        """Change memory and indexes only; return what was there before."""
        documents = self._tables.setdefault(table, {})
        previous = documents.pop(key, None)
        table_indexes = self._indexes.get(table)
        if previous is not None and table_indexes is not None:
            table_indexes.remove(key, previous)
        if document is not None:
            documents[key] = document
            if table_indexes is not None:
                table_indexes.add(key, document)
        elif not documents:
            # A table exists exactly while it holds documents, so undoing the first put
            # into a new table leaves memory equal to the file again.
            del self._tables[table]
        return previous

    def _rollback(self, savepoint: int) -> None:
        assert self._undo is not None
        while len(self._undo) > savepoint:
            table, key, previous = self._undo.pop()
            self._set(table, key, previous)

    def _changes(self, undo: list[_Undo]) -> list[Op]:
        """The net change of a transaction: each touched key's value now."""
        touched = dict.fromkeys((table, key) for table, key, _ in undo)
        return [(table, key, self._tables.get(table, {}).get(key)) for table, key in touched]

    def _commit(self, ops: list[Op], *, durable: bool = True) -> None:
        self.storage.append(ops, durable=durable)
        if not self.storage.compaction_due():
            return
        try:
            self.storage.write(self._tables)
        except StoreError as exc:
            # The commit itself is durable in the journal; compaction is retried after
            # the next commit, and until then the journal just grows.
            log.warning("store compaction failed, will retry: %s", exc)

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"{self.path}: the store is closed")

    def _check_name(self, table: str, key: str) -> None:
        if not isinstance(table, str) or not table:
            raise TypeError(f"table name must be a non-empty string, not {table!r}")
        if not isinstance(key, str):
            raise TypeError(f"{table}: key must be a string, not {key!r}")
        if (table, key) in _KEPT_BY_STORE:
            raise ValueError(f"{table}/{key} is kept by the store itself")

    def _check_schema(self, data: dict[str, dict[str, Document]]) -> None:
        schema = data.get(META_TABLE, {}).get(SCHEMA_KEY)
        version = schema.get("version") if schema is not None else None
        if not isinstance(version, int) or isinstance(version, bool):
            raise self.storage.snapshot.corrupt(f"it has no {META_TABLE}/{SCHEMA_KEY} version")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: the store was written by a newer intro-agent (schema "
                f"version {version}; this one understands up to {SCHEMA_VERSION}). "
                "Upgrade intro-agent; the store was left as it is."
            )
