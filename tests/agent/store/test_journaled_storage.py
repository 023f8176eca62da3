"""Snapshot plus journal: replay, crash points between them, gaps, restoring the .bak."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from agent.errors import StoreCorrupt
from agent.store.journal import encode_record
from agent.store.journaled_storage import JournaledStorage

SCHEMA = {"schema": {"version": 1}}


def _snapshot(path: Path, seq: int, intros: dict[str, dict[str, int]]) -> None:
    data = {"meta": {**SCHEMA, "journal": {"seq": seq}}, "intros": intros}
    path.write_text(json.dumps(data))


def _journal(path: Path, *records: tuple[int, str, int | None]) -> None:
    lines = [
        encode_record(seq, [("intros", key, None if n is None else {"n": n})])
        for seq, key, n in records
    ]
    path.write_bytes(b"".join(lines))


def test_replay_applies_journal_on_top_of_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    _snapshot(path, 0, {"a": {"n": 0}})
    _journal(tmp_path / "s.json.journal", (1, "a", 1), (2, "b", 2), (3, "a", None))
    storage = JournaledStorage(path)
    data = storage.read()
    assert data == {"meta": SCHEMA, "intros": {"b": {"n": 2}}}
    assert storage.seq == 3


def test_commits_already_in_the_snapshot_are_skipped(tmp_path: Path) -> None:
    # Killed after the snapshot's rename, before the journal's: it still holds 1..2.
    path = tmp_path / "s.json"
    _snapshot(path, 2, {"a": {"n": 1}, "b": {"n": 2}})
    _journal(tmp_path / "s.json.journal", (1, "a", 1), (2, "b", 2), (3, "c", 3))
    storage = JournaledStorage(path)
    data = storage.read()
    assert data is not None
    assert data["intros"] == {"a": {"n": 1}, "b": {"n": 2}, "c": {"n": 3}}
    storage.append([("intros", "d", {"n": 4})])
    storage.close()
    again = JournaledStorage(path).read()
    assert again is not None
    assert again["intros"]["d"] == {"n": 4}


def test_a_gap_between_snapshot_and_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    _snapshot(path, 1, {})
    _journal(tmp_path / "s.json.journal", (3, "c", 3))
    with pytest.raises(StoreCorrupt, match="holds commits up to 1, the journal resumes at 3"):
        JournaledStorage(path).read()


def test_a_journal_without_its_snapshot_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    _journal(tmp_path / "s.json.journal", (1, "a", 1))
    with pytest.raises(StoreCorrupt, match=r"missing but s\.json\.journal holds commits"):
        JournaledStorage(path).read()
    assert not path.exists()


def test_a_torn_tail_is_cut_at_the_first_append_not_by_reading(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    journal = tmp_path / "s.json.journal"
    _snapshot(path, 0, {})
    _journal(journal, (1, "a", 1))
    good = journal.read_bytes()
    journal.write_bytes(good + b"0badf00d {half")
    storage = JournaledStorage(path)
    storage.read()
    assert storage.torn_bytes_dropped == len(b"0badf00d {half")
    assert journal.read_bytes() == good + b"0badf00d {half"
    storage.append([("intros", "b", {"n": 2})])
    storage.close()
    assert journal.read_bytes() == good + encode_record(2, [("intros", "b", {"n": 2})])


def test_compaction_rotates_the_journal_and_the_backup_chain_restores(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    storage = JournaledStorage(path)
    assert storage.read() is None
    state: dict[str, dict[str, dict[str, int]]] = {"meta": dict(SCHEMA), "intros": {}}
    storage.write(state)
    for round_number in range(3):
        for n in range(3):
            key = f"k{round_number}{n}"
            state["intros"][key] = {"n": n}
            storage.append([("intros", key, {"n": n})])
        storage.write(state)
    storage.append([("intros", "last", {"n": 9})])
    state["intros"]["last"] = {"n": 9}
    storage.close()
    assert json.loads(path.read_bytes())["meta"]["journal"] == {"seq": 9}

    # A damaged STORE is replaced by STORE.bak; the journals bring it up to date.
    shutil.copyfile(tmp_path / "s.json.bak", path)
    restored = JournaledStorage(path)
    assert restored.read() == state
    # ...and that stays true through the next compaction and a second restore.
    restored.append([("intros", "after", {"n": 10})])
    state["intros"]["after"] = {"n": 10}
    restored.write(state)
    restored.close()
    shutil.copyfile(tmp_path / "s.json.bak", path)
    assert JournaledStorage(path).read() == state


def test_a_missing_snapshot_with_a_backup_beside_it_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    _snapshot(tmp_path / "s.json.bak", 0, {"a": {"n": 1}})
    with pytest.raises(StoreCorrupt, match=r"missing but s\.json\.bak is there") as refused:
        JournaledStorage(path).read()
    assert "cp " in str(refused.value)
    assert not path.exists()
