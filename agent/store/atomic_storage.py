"""A TinyDB ``Storage`` that never leaves a half-written store file behind.

TinyDB's own ``JSONStorage`` rewrites its file in place, so a crash (or a full disk)
mid-write leaves a truncated file and the state is gone. This storage commits by:

1. writing the whole new state to ``STORE.tmp`` beside the store and fsyncing it;
2. hard-linking the current ``STORE`` to ``STORE.bak`` (atomically, through
   ``STORE.bak.tmp``), so the previous committed state survives as the last good copy
   at no copying cost;
3. renaming ``STORE.tmp`` over ``STORE`` -- readers see the old or the new file, never
   a mix;
4. fsyncing the folder, so the renames themselves survive a power cut.

Reading is strict: a missing file is a new store (``read`` returns None), but an empty,
truncated, non-JSON or wrongly shaped file raises ``StoreCorrupt`` naming the file and
how to recover. A damaged store is never silently replaced by an empty one, and neither
the damaged file nor its ``.bak`` is touched.

The single-writer rule comes from ``agent.store.lock``: ``STORE.tmp`` has a fixed name
because only the lock holder ever writes it.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from agent.errors import StoreCorrupt, StoreError

Tables = dict[str, dict[str, Any]]


def backup_path_for(store_path: Path) -> Path:
    """Return where the previous committed state of ``store_path`` is kept."""
    return store_path.with_name(store_path.name + ".bak")


class AtomicJSONStorage(Storage):
    """Whole-state JSON file replaced atomically on every ``write``."""

    def __init__(self, path: str | os.PathLike[str], *, keep_backup: bool = True) -> None:
        super().__init__()
        self.path = Path(path)
        self.backup_path = backup_path_for(self.path)
        self.keep_backup = keep_backup
        self._tmp_path = self.path.with_name(self.path.name + ".tmp")
        self._bak_tmp_path = self.path.with_name(self.path.name + ".bak.tmp")
        self.commits = 0
        """How many times this storage has replaced the file (one per ``write``)."""
        self.last_commit_bytes = 0

    def read(self) -> Tables | None:
        """Return the stored tables, None for a new store, or raise ``StoreCorrupt``."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except IsADirectoryError:
            raise self.corrupt("it is a folder, not a file") from None
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot read the store: {exc.strerror}") from exc
        return self.parse(raw)

    def parse(self, raw: bytes) -> Tables:
        """Decode a store file's bytes, or raise ``StoreCorrupt`` saying what is wrong."""
        if not raw.strip():
            raise self.corrupt("the file is empty")
        try:
            data = json.loads(raw)
        except UnicodeDecodeError:
            raise self.corrupt("the file is not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            # A string left open swallows the rest of the file, so it reports the start.
            at_end = exc.pos >= len(raw.rstrip()) or exc.msg.startswith("Unterminated")
            why = (
                f"the file is truncated: its JSON stops short after {len(raw)} bytes"
                if at_end
                else f"the file is not valid JSON: {exc}"
            )
            raise self.corrupt(why) from None
        if not isinstance(data, dict):
            raise self.corrupt(f"the top level is a JSON {_kind(data)}, not an object of tables")
        for table, documents in data.items():
            if not isinstance(documents, dict):
                raise self.corrupt(f"table {table!r} is a JSON {_kind(documents)}, not an object")
            for key, document in documents.items():
                if not isinstance(document, dict):
                    raise self.corrupt(
                        f"document {key!r} in table {table!r} is a JSON {_kind(document)}, "
                        "not an object"
                    )
        return data

    def write(self, data: Tables) -> None:
        """Replace the store file with ``data`` as one atomic, durable step."""
        encoded = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        self.write_bytes(encoded.encode("utf-8"))

    def write_bytes(self, payload: bytes) -> None:
        """Replace the store file with already encoded JSON (temp file, fsync, rename)."""
        try:
            self._write_tmp(payload)
            if self.keep_backup:
                self._keep_previous()
            os.replace(self._tmp_path, self.path)
            _fsync_folder(self.path.parent)
        except OSError as exc:
            # The old file is intact: only the temp file can be half written.
            self._tmp_path.unlink(missing_ok=True)
            raise StoreError(f"{self.path}: cannot write the store: {exc}") from exc
        self.commits += 1
        self.last_commit_bytes = len(payload)

    def remove_leftovers(self) -> None:
        """Delete temp files a crashed writer left (call only while holding the lock)."""
        self._tmp_path.unlink(missing_ok=True)
        self._bak_tmp_path.unlink(missing_ok=True)

    def close(self) -> None:
        """Nothing to release: no file stays open between commits."""

    def _write_tmp(self, payload: bytes) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC
        fd = os.open(self._tmp_path, flags, 0o600)
        try:
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)

    def _keep_previous(self) -> None:
        if not self.path.exists():
            return
        self._bak_tmp_path.unlink(missing_ok=True)
        try:
            os.link(self.path, self._bak_tmp_path)
        except OSError:
            # Some filesystems have no hard links: pay for a copy instead.
            shutil.copyfile(self.path, self._bak_tmp_path)
            fd = os.open(self._bak_tmp_path, os.O_RDONLY | os.O_CLOEXEC)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        os.replace(self._bak_tmp_path, self.backup_path)

    def corrupt(self, why: str) -> StoreCorrupt:
        if self.backup_path.exists():
            remedy = (
                f"The last good copy is {self.backup_path}: check it, then restore it with "
                f"'cp {self.backup_path} {self.path}'."
            )
        else:
            remedy = f"There is no {self.backup_path.name} beside it; restore it from a backup."
        return StoreCorrupt(
            f"{self.path}: the store file is damaged ({why}), so the agent will not start "
            f"on it. Nothing was changed. {remedy} Moving the store's files away starts an "
            "empty store and forgets every introduction."
        )


def _kind(value: Any) -> str:
    names = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
