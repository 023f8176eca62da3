"""A TinyDB ``Storage`` made of an atomic snapshot file plus an append-only journal.

``read()`` returns the whole state, like any TinyDB storage: the snapshot ``STORE``
(written by ``AtomicJSONStorage``) with the commits of ``STORE.journal.bak`` and
``STORE.journal`` replayed on top. ``append(ops)`` makes one commit durable by adding
one fsynced line to the journal, so a commit costs the size of its changes, not of the
store. ``write(data)`` is compaction: the full state goes into a new snapshot (the old
one becomes ``STORE.bak``), then the journal is renamed to ``STORE.journal.bak`` and a
new one starts.

Each snapshot records in ``meta/journal`` the sequence number of the last commit it
holds; replay skips commits up to it and requires the rest to follow on without a gap.
That makes every crash point safe:

- killed mid-append: the torn last line was never acknowledged and is dropped;
- killed mid-snapshot: ``STORE`` is still the old snapshot and the journal still has
  every commit;
- killed between the snapshot's rename and the journal's: the journal's commits are
  already in the snapshot and are skipped.

It also keeps ``STORE.bak`` useful: the previous snapshot followed by
``STORE.journal.bak`` and ``STORE.journal`` is the current state again, so restoring
``STORE.bak`` over a damaged ``STORE`` loses no commit. For that to survive the next
compaction, ``STORE.journal`` alone must continue ``STORE``; when a store opens from a
snapshot that needed ``STORE.journal.bak`` too (a restored ``.bak``), the first write
rewrites ``STORE.journal`` to hold every commit after the snapshot.

``read()`` never writes: cutting a torn tail and that rewrite wait for the first write,
so reading a store another process has open (to inspect it) is harmless.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from agent.errors import StoreCorrupt, StoreError
from agent.store.atomic_storage import AtomicJSONStorage, Tables
from agent.store.journal import (
    JournalWriter,
    Op,
    Record,
    encode_record,
    fsync_folder,
    read_journal,
    replace_journal,
)

META_TABLE = "meta"
JOURNAL_KEY = "journal"

DEFAULT_COMPACT_AT_BYTES = 16 * 2**20
DEFAULT_COMPACT_RATIO = 1.0


class JournaledStorage(Storage):
    """Snapshot plus journal, presented to TinyDB as one storage."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        compact_at_bytes: int = DEFAULT_COMPACT_AT_BYTES,
        compact_ratio: float = DEFAULT_COMPACT_RATIO,
    ) -> None:
        """``compact_at_bytes``/``compact_ratio``: compaction is due once the journal is
        larger than both ``compact_at_bytes`` and ``compact_ratio`` times the snapshot,
        which keeps its amortised cost per commit a small constant."""
        super().__init__()
        self.path = Path(path)
        self.snapshot = AtomicJSONStorage(self.path)
        self.journal_path = self.path.with_name(self.path.name + ".journal")
        self.journal_backup_path = self.path.with_name(self.path.name + ".journal.bak")
        self.compact_at_bytes = compact_at_bytes
        self.compact_ratio = compact_ratio
        self.seq = 0
        """The sequence number of the last commit written."""
        self.appends = 0
        self.compactions = 0
        self.torn_bytes_dropped = 0
        self._snapshot_bytes = 0
        self._writer: JournalWriter | None = None
        self._rebase: list[Record] | None = None

    @property
    def backup_path(self) -> Path:
        """The previous snapshot (``STORE.bak``)."""
        return self.snapshot.backup_path

    @property
    def journal_bytes(self) -> int:
        """Bytes of commits in the journal since the last compaction."""
        return self._writer.length if self._writer is not None else 0

    def read(self) -> Tables | None:
        """Return the current state, None for a new store, or raise ``StoreCorrupt``."""
        data = self.snapshot.read()
        previous = read_journal(self.journal_backup_path)
        current = read_journal(self.journal_path)
        if data is None:
            # A store that has lost its file must not restart empty over its own remains.
            if previous.records or current.records:
                raise self.snapshot.corrupt(
                    f"the file is missing but {self.journal_path.name} holds commits"
                )
            if self.backup_path.exists():
                raise self.snapshot.corrupt(
                    f"the file is missing but {self.backup_path.name} is there"
                )
            self._writer = JournalWriter(self.journal_path, current.good_length)
            return None
        self._snapshot_bytes = self.path.stat().st_size
        meta = data.get(META_TABLE, {})
        mark = meta.pop(JOURNAL_KEY, None)
        seq = mark.get("seq") if isinstance(mark, dict) else 0
        if not isinstance(seq, int):
            raise self.snapshot.corrupt(f"its {META_TABLE}/{JOURNAL_KEY} mark is not a number")
        mark_seq = seq
        # The previous journal's torn tail (if any) is left alone: nothing appends to it.
        replayed: list[Record] = []
        for record in [*previous.records, *current.records]:
            if record.seq <= seq:
                continue
            if record.seq != seq + 1:
                raise self._gap(seq, record)
            _apply(data, record.ops)
            replayed.append(record)
            seq = record.seq
        self.seq = seq
        self.torn_bytes_dropped = current.torn_bytes
        self._writer = JournalWriter(self.journal_path, current.good_length)
        needed_previous = any(record.seq > mark_seq for record in previous.records)
        self._rebase = replayed if needed_previous else None
        return data

    def append(self, ops: list[Op], *, durable: bool = True) -> None:
        """Make one commit durable: a single journal line, written and fsynced.

        ``durable=False``: written only, durable at the next ``sync`` (see JournalWriter).
        """
        self._prepare_to_write()
        assert self._writer is not None
        line = encode_record(self.seq + 1, ops)
        self._writer.append(line, durable=durable)
        self.seq += 1
        self.appends += 1

    def sync(self) -> None:
        """Make every commit so far durable."""
        if self._writer is not None:
            self._writer.sync()

    def sync_job(self) -> Callable[[], None] | None:
        """A function that makes the commits so far durable, for another thread."""
        return self._writer.sync_job() if self._writer is not None else None

    def compaction_due(self) -> bool:
        """Whether the journal has grown enough that folding it in is worth its cost."""
        size = self.journal_bytes
        return size > self.compact_at_bytes and size > self.compact_ratio * self._snapshot_bytes

    def write(self, data: Tables) -> None:
        """Compact: write ``data`` (the full current state) as the new snapshot."""
        self._prepare_to_write()
        meta = dict(data.get(META_TABLE, {}))
        meta[JOURNAL_KEY] = {"seq": self.seq}
        self.snapshot.write({**data, META_TABLE: meta})
        self._snapshot_bytes = self.snapshot.last_commit_bytes
        self.compactions += 1
        if self._writer is None:
            self._writer = JournalWriter(self.journal_path, 0)
        if self._writer.length == 0:
            # Nothing since the last snapshot: the old snapshot, now STORE.bak, already
            # holds every commit of STORE.journal.bak, which can go (so a compaction
            # after ``forget`` leaves no copy of what was forgotten).
            if self.journal_backup_path.exists():
                self.journal_backup_path.unlink()
                fsync_folder(self.path.parent)
            return
        self._writer.close()
        try:
            os.replace(self.journal_path, self.journal_backup_path)
            fsync_folder(self.path.parent)
        except OSError as exc:
            # The snapshot is already durable and the journal's commits are all in it,
            # so replay skips them: appending to the same journal stays correct.
            raise StoreError(f"{self.journal_path}: cannot rotate the journal: {exc}") from exc
        self._writer.restart()

    def remove_leftovers(self) -> None:
        """Delete temp files a crashed writer left (call only while holding the lock)."""
        self.snapshot.remove_leftovers()
        self.journal_path.with_name(self.journal_path.name + ".tmp").unlink(missing_ok=True)

    def _prepare_to_write(self) -> None:
        if self._writer is None:
            raise StoreError(f"{self.path}: the storage must be read before it is written")
        if self._rebase is None:
            return
        # STORE.journal must continue STORE on its own before a compaction turns STORE
        # into STORE.bak and this journal into STORE.journal.bak.
        length = replace_journal(self.journal_path, self._rebase)
        self._writer.close()
        self._writer = JournalWriter(self.journal_path, length)
        self._rebase = None

    def close(self) -> None:
        """Close the journal."""
        if self._writer is not None:
            self._writer.close()

    def _gap(self, seq: int, record: Record) -> StoreCorrupt:
        return StoreCorrupt(
            f"{self.path}: the journal does not continue the store file (the file holds "
            f"commits up to {seq}, the journal resumes at {record.seq}), so the agent will "
            f"not start on it. Nothing was changed. If {self.path.name} was restored from "
            f"an old copy, put back {self.backup_path.name} instead, which the journals "
            "continue."
        )


def _apply(data: dict[str, dict[str, Any]], ops: list[Op]) -> None:
    for table, key, document in ops:
        if document is None:
            documents = data.get(table)
            if documents is not None:
                documents.pop(key, None)
                if not documents:
                    del data[table]
        else:
            data.setdefault(table, {})[key] = document
