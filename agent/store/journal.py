"""The store's append-only journal: one checksummed line per commit.

Rewriting a 100 MB store file for every commit takes about a second, so commits are
appended here instead and folded into the store file now and then (compaction, in
``agent.store.journaled_storage``). A line is::

    <crc32 of the JSON, 8 hex digits> <JSON: {"seq": N, "ops": [[table, key, doc|null]]}>

and a commit is durable once its line is written and fsynced. A crash can only leave
the *last* line incomplete (a commit whose fsync never returned, so never reported as
done); such a torn tail is ignored and cut off before the next append. A bad line with
good lines after it is damage, not a crash, and raises ``StoreCorrupt``.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.errors import StoreCorrupt, StoreError
from agent.store.base import Document

Op = tuple[str, str, Document | None]
"""One change: (table, key, new document), or None for a delete."""


@dataclass(frozen=True)
class Record:
    """One commit as read back from the journal."""

    seq: int
    ops: list[Op]


@dataclass(frozen=True)
class JournalContents:
    """What a journal file holds: its commits and where the good part ends."""

    records: list[Record]
    good_length: int
    torn_bytes: int


def encode_record(seq: int, ops: list[Op]) -> bytes:
    """Return the journal line for one commit."""
    body = json.dumps(
        {"seq": seq, "ops": [list(op) for op in ops]},
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
    ).encode("utf-8")
    return b"%08x %s\n" % (zlib.crc32(body), body)


def read_journal(path: Path) -> JournalContents:
    """Read a journal; a missing file is an empty one. Raises ``StoreCorrupt`` on damage."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return JournalContents([], 0, 0)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the journal: {exc.strerror}") from exc
    records: list[Record] = []
    offset = 0
    while offset < len(raw):
        end = raw.find(b"\n", offset)
        if end < 0:
            return JournalContents(records, offset, len(raw) - offset)
        record, why = _decode_line(raw[offset:end])
        if record is None:
            if end + 1 < len(raw):
                # Only the last write can be torn; anything bad before it is damage.
                raise _corrupt(path, offset, why, len(records))
            return JournalContents(records, offset, len(raw) - offset)
        records.append(record)
        offset = end + 1
    return JournalContents(records, len(raw), 0)


def _decode_line(line: bytes) -> tuple[Record | None, str]:
    if len(line) < 10 or line[8:9] != b" ":
        return None, "a line is not '<checksum> <json>'"
    body = line[9:]
    try:
        checksum = int(line[:8], 16)
    except ValueError:
        return None, "a line has no checksum"
    if zlib.crc32(body) != checksum:
        return None, "a line fails its checksum"
    try:
        data: Any = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None, "a line is not JSON"
    seq = data.get("seq") if isinstance(data, dict) else None
    ops = data.get("ops") if isinstance(data, dict) else None
    if not isinstance(seq, int) or not isinstance(ops, list):
        return None, "a line is not a commit record"
    decoded: list[Op] = []
    for op in ops:
        if not (
            isinstance(op, list)
            and len(op) == 3
            and isinstance(op[0], str)
            and isinstance(op[1], str)
            and (op[2] is None or isinstance(op[2], dict))
        ):
            return None, "a commit record holds a malformed change"
        decoded.append((op[0], op[1], op[2]))
    return Record(seq, decoded), ""


def _corrupt(path: Path, offset: int, why: str, good: int) -> StoreCorrupt:
    return StoreCorrupt(
        f"{path}: the store's journal is damaged at byte {offset} ({why}, and more "
        f"follows it), so the agent will not start on it. Nothing was changed. The "
        f"{good} commits before that point are intact: keep them with "
        f"'truncate -s {offset} {path}' (losing the later ones), or restore the store "
        "and its journal from a backup."
    )


class JournalWriter:
    """Appends commit lines to a journal, durably, cutting off a torn tail first."""

    def __init__(self, path: Path, good_length: int) -> None:
        self.path = path
        self._fd: int | None = None
        self._length = good_length
        # Lines were written without an fsync since the last one; ``sync_job`` was last
        # handed out at this length.
        self._unsynced = False
        self._job_length = -1

    @property
    def length(self) -> int:
        """Bytes of good records in the file."""
        return self._length

    def append(self, line: bytes, *, durable: bool = True) -> None:
        """Write one line and fsync it; on failure the file is cut back to its old end.

        ``durable=False`` leaves out the fsync: the line then survives the process dying
        (it is in the kernel's cache) but not the machine losing power until ``sync``.
        """
        fd = self._open()
        try:
            view = memoryview(line)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if durable:
                os.fsync(fd)
        except OSError as exc:
            self._cut_back(fd)
            raise StoreError(f"{self.path}: cannot write to the journal: {exc}") from exc
        self._length += len(line)
        # An fsync makes every earlier line durable too.
        self._unsynced = not durable

    def sync(self) -> None:
        """Make every line written so far durable."""
        if not self._unsynced or self._fd is None:
            return
        try:
            os.fsync(self._fd)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot sync the journal: {exc}") from exc
        self._unsynced = False

    def sync_job(self) -> Callable[[], None] | None:
        """A function that makes the lines written so far durable, for another thread.

        It works on its own copy of the file descriptor and touches nothing else, so the
        writer can go on appending (or be closed by a compaction, which makes everything
        durable anyway) while it runs. None when there is nothing new to make durable.
        """
        if not self._unsynced or self._fd is None or self._job_length == self._length:
            return None
        self._job_length = self._length
        fd = os.dup(self._fd)
        path = self.path

        def job() -> None:
            try:
                os.fsync(fd)
            except OSError as exc:
                raise StoreError(f"{path}: cannot sync the journal: {exc}") from exc
            finally:
                os.close(fd)

        return job

    def close(self) -> None:
        """Close the file; the next append reopens it."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        unsynced, self._unsynced = self._unsynced, False
        try:
            if unsynced:
                os.fsync(fd)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot sync the journal: {exc}") from exc
        finally:
            os.close(fd)

    def restart(self) -> None:
        """Forget the file (it was renamed away): the next append starts a new one."""
        self.close()
        self._length = 0

    def _open(self) -> int:
        if self._fd is not None:
            return self._fd
        created = not self.path.exists()
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)
        try:
            if os.fstat(fd).st_size != self._length:
                # A torn tail from a crash, never acknowledged: appending after it would
                # bury it mid-file, where it would read as damage.
                os.ftruncate(fd, self._length)
                os.fsync(fd)
            if created:
                fsync_folder(self.path.parent)
        except OSError as exc:
            os.close(fd)
            raise StoreError(f"{self.path}: cannot open the journal: {exc}") from exc
        self._fd = fd
        return fd

    def _cut_back(self, fd: int) -> None:
        try:
            os.ftruncate(fd, self._length)
        except OSError:
            # Left as is, the half line is a torn tail and is cut off at the next open;
            # this writer must not append after it.
            self.close()


def replace_journal(path: Path, records: list[Record]) -> int:
    """Atomically make ``path`` hold exactly ``records``; return its new length."""
    payload = b"".join(encode_record(record.seq, record.ops) for record in records)
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_folder(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{path}: cannot rewrite the journal: {exc}") from exc
    return len(payload)


def fsync_folder(folder: Path) -> None:
    """Make renames and new names in ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
