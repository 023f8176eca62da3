"""The TinyDB-backed store: documents, copies, indexes, transactions, schema."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agent.errors import StoreCorrupt, StoreError
from agent.store import SCHEMA_VERSION, StateStore, TinyDBStore, open_store
from agent.store.journaled_storage import JournaledStorage


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "state.json"


@pytest.fixture
def store(path: Path) -> Iterator[TinyDBStore]:
    opened = TinyDBStore(path)
    yield opened
    opened.close()


def _on_disk(path: Path) -> dict[str, Any]:
    """What a reopen would load: the snapshot with the journal replayed."""
    loaded = JournaledStorage(path).read()
    assert loaded is not None
    return loaded


class _Boom(Exception):
    pass


def test_open_store_returns_a_state_store(path: Path) -> None:
    opened: StateStore = open_store(path)
    try:
        assert isinstance(opened, TinyDBStore)
    finally:
        opened.close()


def test_put_get_delete_are_each_one_commit(store: TinyDBStore, path: Path) -> None:
    before = store.storage.appends
    store.put("intros", "i1", {"status": "asked", "parties": ["a@x", "b@x"]})
    assert store.storage.appends == before + 1
    assert _on_disk(path)["intros"]["i1"]["status"] == "asked"
    assert store.get("intros", "i1") == {"status": "asked", "parties": ["a@x", "b@x"]}
    assert store.get("intros", "nope") is None
    assert store.get("no_such_table", "i1") is None

    assert store.delete("intros", "i1") is True
    assert store.storage.appends == before + 2
    assert store.delete("intros", "i1") is False
    assert store.storage.appends == before + 2, "deleting nothing writes nothing"
    assert "intros" not in _on_disk(path)


def test_documents_are_copies_both_ways(store: TinyDBStore) -> None:
    document: dict[str, Any] = {"status": "asked", "history": [{"at": 1}]}
    store.put("intros", "i1", document)
    document["history"].append({"at": 2})
    fetched = store.get("intros", "i1")
    assert fetched == {"status": "asked", "history": [{"at": 1}]}
    assert fetched is not None
    fetched["history"][0]["at"] = 99
    store.all("intros")["i1"]["status"] = "changed"
    store.find("intros", "status", "asked")["i1"]["status"] = "changed"
    assert store.get("intros", "i1") == {"status": "asked", "history": [{"at": 1}]}
    assert store.find("intros", "status", "asked") == {"i1": fetched | {"history": [{"at": 1}]}}


@pytest.mark.parametrize(
    "bad",
    [{"when": object()}, {1: "int key"}, {"nan": float("nan")}, ["not", "a", "dict"]],
)
def test_non_json_documents_are_refused_at_put(store: TinyDBStore, bad: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        store.put("intros", "i1", bad)
    assert store.get("intros", "i1") is None


def test_tuples_are_stored_as_lists(store: TinyDBStore) -> None:
    store.put("outbox", "m", {"envelope": ("a@x", "b@x")})
    assert store.get("outbox", "m") == {"envelope": ["a@x", "b@x"]}


def test_schema_document_is_kept_by_the_store(store: TinyDBStore) -> None:
    with pytest.raises(ValueError, match="kept by the store"):
        store.put("meta", "schema", {"version": 99})
    with pytest.raises(ValueError):
        store.delete("meta", "schema")
    with pytest.raises(ValueError):
        store.put("meta", "journal", {"seq": 0})
    assert store.get("meta", "schema") == {"version": SCHEMA_VERSION}


def test_secondary_indexes_follow_puts_deletes_and_rollbacks(store: TinyDBStore) -> None:
    store.put("intros", "i1", {"status": "asked", "requester": "Ann@X.org"})
    store.put("intros", "i2", {"status": "asked", "requester": {"email": "ann@x.org"}})
    store.put("intros", "i3", {"status": "done", "requester": "bob@x.org"})
    assert list(store.find("intros", "status", "asked")) == ["i1", "i2"]
    assert list(store.find("intros", "requester", "ann@x.org")) == ["i1", "i2"]

    store.put("intros", "i1", {"status": "done", "requester": "ann@x.org"})
    assert list(store.find("intros", "status", "asked")) == ["i2"]
    assert list(store.find("intros", "status", "done")) == ["i1", "i3"]

    with pytest.raises(_Boom), store.transaction() as tx:
        tx.delete("intros", "i2")
        tx.put("intros", "i3", {"status": "asked"})
        assert list(tx.find("intros", "status", "asked")) == ["i3"]
        raise _Boom
    assert list(store.find("intros", "status", "asked")) == ["i2"]
    assert list(store.find("intros", "requester", "bob@x.org")) == ["i3"]

    store.delete("intros", "i2")
    assert store.find("intros", "status", "asked") == {}

    with pytest.raises(KeyError, match="no index 'colour'"):
        store.find("intros", "colour", "red")
    with pytest.raises(KeyError, match="no indexes"):
        store.find("processed", "outcome", "ok")


def test_custom_indexes_with_paths_lists_and_bools(path: Path) -> None:
    indexes = {"intros": {"party": "parties", "flag": "meta.flag"}}
    with TinyDBStore(path, indexes=indexes) as store:
        store.put("intros", "i1", {"parties": ["a@x", "b@x", "a@x"], "meta": {"flag": True}})
        store.put("intros", "i2", {"parties": ["b@x"], "meta": {"flag": 1}})
        store.put("intros", "i3", {"parties": "c@x", "meta": "not a dict"})
        assert list(store.find("intros", "party", "b@x")) == ["i1", "i2"]
        assert list(store.find("intros", "party", "c@x")) == ["i3"]
        assert list(store.find("intros", "flag", True)) == ["i1"]
        assert list(store.find("intros", "flag", 1)) == ["i2"]
    with TinyDBStore(path, indexes=indexes) as reopened:
        assert list(reopened.find("intros", "party", "a@x")) == ["i1"]


def test_transaction_over_several_tables_is_one_durable_write(
    store: TinyDBStore, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.put("address_book", "warm@x", {"names": []})  # creates the journal file
    journal = store.storage.journal_path
    journal_before = journal.read_bytes()
    calls: list[str] = []
    real_write, real_fsync, real_replace = os.write, os.fsync, os.replace

    def counting_write(fd: int, data: Any) -> int:
        calls.append("write")
        return real_write(fd, data)

    def counting_fsync(fd: int) -> None:
        calls.append("fsync")
        real_fsync(fd)

    def counting_replace(src: Any, dst: Any) -> None:
        calls.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "write", counting_write)
    monkeypatch.setattr(os, "fsync", counting_fsync)
    monkeypatch.setattr(os, "replace", counting_replace)
    replaced = calls
    with store.transaction() as tx:
        tx.put("intros", "i1", {"status": "asked"})
        tx.put("outbox", "m1", {"state": "pending", "intro_id": "i1"})
        tx.put("outbox", "m2", {"state": "pending", "intro_id": "i1"})
        tx.put("processed", "<msg@x>", {"outcome": "request"})
        tx.put("send_counts", "a@x|2026-11-28", {"count": 2})
        assert tx.get("intros", "i1") == {"status": "asked"}, "reads see the tx's writes"
        assert replaced == [], "nothing is written before the block ends"
    assert calls == ["write", "fsync"], "one append of one line, made durable once"
    added = journal.read_bytes()[len(journal_before) :]
    assert added.count(b"\n") == 1 and added.endswith(b"\n")
    on_disk = _on_disk(path)
    assert set(on_disk["outbox"]) == {"m1", "m2"}
    assert on_disk["processed"]["<msg@x>"] == {"outcome": "request"}
    assert list(store.find("outbox", "intro_id", "i1")) == ["m1", "m2"]

    with store.transaction():
        pass
    assert calls == ["write", "fsync"], "an empty transaction writes nothing"


def test_exception_in_transaction_leaves_file_and_memory_unchanged(
    store: TinyDBStore, path: Path
) -> None:
    store.put("intros", "i1", {"status": "asked"})
    store.put("outbox", "m0", {"state": "sent"})
    store.compact()
    store.put("intros", "i0", {"status": "new"})
    names = ("state.json", "state.json.bak", "state.json.journal", "state.json.journal.bak")
    files_before = {name: (path.parent / name).read_bytes() for name in names}
    tables = ("intros", "outbox", "processed")
    memory_before = {table: store.all(table) for table in tables}
    commits_before = store.storage.appends

    with pytest.raises(_Boom), store.transaction() as tx:
        tx.put("intros", "i1", {"status": "accepted"})
        tx.put("intros", "i2", {"status": "new"})
        tx.delete("outbox", "m0")
        tx.put("outbox", "m1", {"state": "pending"})
        tx.put("processed", "k", {"outcome": "reply"})
        tx.put("intros", "i1", {"status": "done"})
        raise _Boom

    assert {name: (path.parent / name).read_bytes() for name in names} == files_before
    assert store.storage.appends == commits_before
    assert {table: store.all(table) for table in tables} == memory_before
    assert store.count("processed") == 0 and store.keys("processed") == []
    assert list(store.find("outbox", "state", "sent")) == ["m0"]


def test_failed_commit_rolls_memory_back(
    store: TinyDBStore, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.put("intros", "i1", {"status": "asked"})

    def no_space(data: Any, durable: bool = True) -> None:
        raise StoreError("disk full")

    monkeypatch.setattr(store.storage, "append", no_space)
    with pytest.raises(StoreError, match="disk full"), store.transaction() as tx:
        tx.put("intros", "i1", {"status": "done"})
        tx.put("outbox", "m1", {"state": "pending"})
    with pytest.raises(StoreError, match="disk full"):
        store.put("intros", "i2", {"status": "new"})
    with pytest.raises(StoreError, match="disk full"):
        store.delete("intros", "i1")
    monkeypatch.undo()
    assert store.all("intros") == {"i1": {"status": "asked"}}
    assert store.all("outbox") == {}
    assert list(store.find("intros", "status", "asked")) == ["i1"]


def test_inner_transaction_joins_outer_and_undoes_only_itself(
    store: TinyDBStore, path: Path
) -> None:
    commits = store.storage.appends
    with store.transaction() as outer:
        outer.put("intros", "i1", {"status": "asked"})
        with pytest.raises(_Boom), store.transaction() as inner:
            inner.put("intros", "i2", {"status": "new"})
            inner.put("intros", "i1", {"status": "changed"})
            raise _Boom
        with store.transaction() as inner:
            inner.put("outbox", "m1", {"state": "pending"})
        assert store.storage.appends == commits, "the inner blocks commit with the outer"
    assert store.storage.appends == commits + 1
    assert _on_disk(path)["intros"] == {"i1": {"status": "asked"}}
    assert store.all("outbox") == {"m1": {"state": "pending"}}


def test_close_is_final_and_idempotent(path: Path) -> None:
    store = TinyDBStore(path)
    with store.transaction(), pytest.raises(StoreError, match="inside a transaction"):
        store.close()
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.get("intros", "i1")
    with pytest.raises(StoreError, match="closed"):
        store.put("intros", "i1", {})


def test_reopen_sees_everything_committed(path: Path) -> None:
    with TinyDBStore(path) as store:
        with store.transaction() as tx:
            tx.put("intros", "i1", {"status": "asked", "n": 1.5, "ok": None})
            tx.put("uid_ledger", "INBOX|42", {"uid": 7})
        store.put("address_book", "ann@x.org", {"names": ["Ann"]})
    with TinyDBStore(path) as reopened:
        assert reopened.get("intros", "i1") == {"status": "asked", "n": 1.5, "ok": None}
        assert reopened.get("uid_ledger", "INBOX|42") == {"uid": 7}
        assert reopened.get("address_book", "ann@x.org") == {"names": ["Ann"]}
        assert list(reopened.find("intros", "status", "asked")) == ["i1"]


def test_newer_schema_is_refused_and_left_alone(path: Path) -> None:
    newer = {"meta": {"schema": {"version": SCHEMA_VERSION + 1}}, "intros": {}}
    path.write_text(json.dumps(newer))
    with pytest.raises(StoreError, match="newer intro-agent") as refused:
        TinyDBStore(path)
    assert not isinstance(refused.value, StoreCorrupt)
    assert str(path) in str(refused.value)
    assert json.loads(path.read_text()) == newer
    TinyDBStore(path.with_name("other.json")).close()  # the lock was released
    path.write_text(json.dumps({"meta": {"schema": {"version": SCHEMA_VERSION}}}))
    TinyDBStore(path).close()


def test_schema_version_must_be_a_number(path: Path) -> None:
    path.write_text(json.dumps({"meta": {"schema": {"version": "1"}}}))
    with pytest.raises(StoreCorrupt, match="schema"):
        TinyDBStore(path)


def test_compaction_happens_on_its_own_and_keeps_every_commit(path: Path) -> None:
    with TinyDBStore(path, compact_at_bytes=2_000, compact_ratio=0.5) as store:
        for number in range(40):
            store.put("intros", f"i{number}", {"status": "asked", "body": "x" * 200})
            if number % 3 == 0:
                store.delete("intros", f"i{number - 1}")
        assert store.storage.compactions >= 3
        assert store.storage.journal_bytes <= 2_000 + 400
        expected = store.all("intros")
    assert json.loads(path.read_bytes())["meta"]["journal"]["seq"] > 0
    with TinyDBStore(path) as reopened:
        assert reopened.all("intros") == expected
        assert len(expected) == 40 - 13


def test_failed_compaction_keeps_the_commit_and_is_retried(
    path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with TinyDBStore(path, compact_at_bytes=100, compact_ratio=0.0) as store:
        real_write = store.storage.snapshot.write
        compactions = store.storage.compactions  # creating the store wrote a snapshot

        def failing_write(data: Any) -> None:
            raise StoreError("disk full")

        monkeypatch.setattr(store.storage.snapshot, "write", failing_write)
        store.put("intros", "i1", {"status": "asked", "body": "x" * 200})
        assert "compaction failed" in caplog.text
        assert store.get("intros", "i1") is not None
        assert store.storage.compactions == compactions

        monkeypatch.setattr(store.storage.snapshot, "write", real_write)
        store.put("intros", "i2", {"status": "asked"})
        assert store.storage.compactions == compactions + 1
        assert store.storage.journal_bytes == 0
    with TinyDBStore(path) as reopened:
        assert set(reopened.keys("intros")) == {"i1", "i2"}


def test_a_commit_that_need_not_wait_for_the_disk_is_synced_later(
    store: TinyDBStore, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from agent.store.journal import read_journal

    store.put("intros", "i0", {"status": "new"})  # the journal exists from here on
    fsyncs: list[int] = []
    real_fsync = os.fsync

    def counted(fd: int) -> None:
        fsyncs.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", counted)
    with store.transaction(durable=False) as tx:
        tx.put("intros", "i1", {"status": "asked"})
    with store.transaction(durable=False) as tx:
        tx.put("intros", "i2", {"status": "asked"})
    assert fsyncs == []
    # Written all the same: another reader of the journal sees both commits now.
    assert read_journal(path.with_name(path.name + ".journal")).records[-1].seq == 3
    store.sync()
    assert len(fsyncs) == 1
    store.sync()  # nothing new
    assert len(fsyncs) == 1
    with store.transaction() as tx:
        tx.put("intros", "i3", {"status": "asked"})
    assert len(fsyncs) == 2
    assert store.sync_job() is None  # the durable commit covered everything before it


def test_a_sync_job_runs_on_another_thread_while_commits_go_on(
    store: TinyDBStore, path: Path
) -> None:
    import threading

    assert store.sync_job() is None
    with store.transaction(durable=False) as tx:
        tx.put("intros", "i1", {"status": "asked"})
    job = store.sync_job()
    assert job is not None
    assert store.sync_job() is None  # one job covers what was written before it
    with store.transaction(durable=False) as tx:
        tx.put("intros", "i2", {"status": "asked"})
    errors: list[BaseException] = []

    def run() -> None:
        try:
            job()
        except BaseException as exc:  # reported below
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    assert errors == []
    assert store.sync_job() is not None  # the second commit came after the job
    store.close()
    reopened = TinyDBStore(path)
    try:
        assert set(reopened.all("intros")) == {"i1", "i2"}
    finally:
        reopened.close()
