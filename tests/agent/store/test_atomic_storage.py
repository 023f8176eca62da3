"""The atomic snapshot storage: damaged files are refused, writes replace by rename."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tinydb import TinyDB

from agent.errors import StoreCorrupt, StoreError
from agent.store import TinyDBStore, open_store
from agent.store.atomic_storage import AtomicJSONStorage, backup_path_for
from agent.store.journaled_storage import JournaledStorage


def _committed_store(path: Path) -> bytes:
    """Make a store whose snapshot was written twice, so a .bak exists; return its bytes.

    The .bak holds intro "a" only; "b" is in the snapshot and in the rotated journal.
    """
    store = TinyDBStore(path)
    store.put("intros", "a", {"status": "asked", "body": "x" * 200})
    store.compact()
    store.put("intros", "b", {"status": "new"})
    store.compact()
    store.close()
    return path.read_bytes()


Damage = Callable[[bytes], bytes]

DAMAGE: dict[str, tuple[Damage, str]] = {
    "empty": (lambda good: b"", "empty"),
    "blank": (lambda good: b"  \n", "empty"),
    "truncated": (lambda good: good[: len(good) // 2], "truncated"),
    "garbage": (lambda good: b"\x00\x17garbage\xff" * 10, "not"),
    "not json": (lambda good: b"intros = 3", "not valid JSON"),
    "a list": (lambda good: b"[1, 2, 3]", "array"),
    "a table that is a list": (lambda good: b'{"intros": [1]}', "table 'intros'"),
    "a document that is a string": (
        lambda good: b'{"meta": {"schema": {"version": 1}}, "intros": {"a": "x"}}',
        "document 'a'",
    ),
    "no schema": (lambda good: b'{"meta": {"journal": {"seq": 9}}, "intros": {}}', "schema"),
}


@pytest.mark.parametrize("name", list(DAMAGE))
def test_damaged_store_is_refused_and_nothing_is_touched(tmp_path: Path, name: str) -> None:
    path = tmp_path / "state.json"
    good = _committed_store(path)
    backup = backup_path_for(path)
    backup_before = backup.read_bytes()
    damage, why = DAMAGE[name]
    damaged = damage(good)
    path.write_bytes(damaged)

    with pytest.raises(StoreCorrupt) as refused:
        open_store(path)

    message = str(refused.value)
    assert str(path) in message
    assert why in message
    assert str(backup) in message, "the message says where the last good copy is"
    assert path.read_bytes() == damaged, "the damaged file is left for a person to inspect"
    assert backup.read_bytes() == backup_before, "the .bak is left alone"
    # The refusal released the lock: once restored, the store opens, and the journals
    # carry the .bak forward to the last commit.
    os.replace(backup, path)
    restored = open_store(path)
    try:
        assert restored.get("intros", "a") == {"status": "asked", "body": "x" * 200}
        assert restored.get("intros", "b") == {"status": "new"}
    finally:
        restored.close()


def test_damaged_store_without_backup_says_so(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(b'{"meta": {"schema": {"vers')
    with pytest.raises(StoreCorrupt, match="truncated") as refused:
        open_store(path)
    assert "no state.json.bak" in str(refused.value)
    assert not backup_path_for(path).exists()


def test_missing_file_is_a_new_store_written_at_once(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "state.json"
    store = open_store(path)
    store.close()
    assert json.loads(path.read_bytes()) == {
        "meta": {"schema": {"version": 1}, "journal": {"seq": 0}}
    }


def test_backup_holds_the_previous_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    store = TinyDBStore(path)
    try:
        store.put("intros", "a", {"n": 1})
        store.compact()
        first = path.read_bytes()
        store.put("intros", "a", {"n": 2})
        store.compact()
        assert backup_path_for(path).read_bytes() == first
        assert json.loads(path.read_bytes())["intros"]["a"] == {"n": 2}
    finally:
        store.close()


def test_write_replaces_by_rename_of_a_fsynced_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = AtomicJSONStorage(tmp_path / "state.json")
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync")
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        events.append(f"replace {Path(src).name} -> {Path(dst).name}")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    storage.write({"t": {"k": {"v": 1}}})
    storage.write({"t": {"k": {"v": 2}}})

    assert events == [
        "fsync",  # the temp file
        "replace state.json.tmp -> state.json",
        "fsync",  # the folder
        "fsync",
        "replace state.json.bak.tmp -> state.json.bak",
        "replace state.json.tmp -> state.json",
        "fsync",
    ]
    assert storage.commits == 2
    assert storage.read() == {"t": {"k": {"v": 2}}}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json", "state.json.bak"]


def test_failed_write_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = AtomicJSONStorage(tmp_path / "state.json")
    storage.write({"t": {"k": {"v": 1}}})

    def full_disk(fd: int, data: Any) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(StoreError, match="No space left"):
        storage.write({"t": {"k": {"v": 2}}})
    monkeypatch.undo()
    assert storage.read() == {"t": {"k": {"v": 1}}}
    assert storage.commits == 1
    assert not (tmp_path / "state.json.tmp").exists()


def test_leftover_temp_files_are_removed_on_open(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    _committed_store(path)
    (tmp_path / "state.json.tmp").write_bytes(b'{"half')
    (tmp_path / "state.json.bak.tmp").write_bytes(b"{}")
    open_store(path).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "state.json",
        "state.json.bak",
        "state.json.journal.bak",
        "state.json.lock",
    ]


def test_file_is_readable_by_tinydb(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    _committed_store(path)
    db = TinyDB(path, storage=JournaledStorage)
    try:
        # TinyDB sees the same tables through the storage (its Table API wants int ids,
        # so the raw layout is what is compared).
        assert set(db.tables()) == {"meta", "intros"}
        raw = db.storage.read()
        assert raw is not None
        assert raw["intros"]["b"] == {"status": "new"}
    finally:
        db.close()
