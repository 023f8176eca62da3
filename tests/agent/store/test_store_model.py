"""The store against a plain dict model, across puts, deletes, transactions and reopens."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from agent.store import TinyDBStore
from agent.store.journaled_storage import JournaledStorage

TABLES = ("intros", "outbox", "processed")
KEYS = ("a", "b", "c", "d|1", "<m@x>")
STATUSES = ("new", "asked", "done")

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=6,
)
documents = st.fixed_dictionaries(
    {"status": st.sampled_from(STATUSES), "state": st.sampled_from(STATUSES)},
    optional={"data": json_values, "requester": st.sampled_from(["Ann@x", "bob@x"])},
)
writes = st.tuples(
    st.sampled_from(TABLES), st.sampled_from(KEYS), st.none() | documents
)  # a None document means delete

Model = dict[str, dict[str, dict[str, Any]]]


class StoreMatchesModel(RuleBasedStateMachine):
    """Every observable read of the store equals the same read of a dict of dicts."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="store-model-"))
        self.path = self.folder / "state.json"
        self.store = self._open()
        self.model: Model = {table: {} for table in TABLES}

    def _open(self) -> TinyDBStore:
        # A tiny threshold, so runs go through many compactions and journal rotations.
        return TinyDBStore(self.path, compact_at_bytes=600, compact_ratio=0.5)

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder)

    @rule(table=st.sampled_from(TABLES), key=st.sampled_from(KEYS), document=documents)
    def put(self, table: str, key: str, document: dict[str, Any]) -> None:
        self.store.put(table, key, document)
        self.model[table][key] = json.loads(json.dumps(document))

    @rule(table=st.sampled_from(TABLES), key=st.sampled_from(KEYS))
    def delete(self, table: str, key: str) -> None:
        existed = self.store.delete(table, key)
        assert existed == (key in self.model[table])
        self.model[table].pop(key, None)

    @rule(batch=st.lists(writes, max_size=6), fail=st.booleans())
    def transaction(self, batch: list[tuple[str, str, dict[str, Any] | None]], fail: bool) -> None:
        working = {table: dict(documents) for table, documents in self.model.items()}
        commits = self.store.storage.appends
        changed = False  # deleting what is not there records nothing to commit
        try:
            with self.store.transaction() as tx:
                for table, key, document in batch:
                    if document is None:
                        assert tx.delete(table, key) == (key in working[table])
                        changed |= working[table].pop(key, None) is not None
                    else:
                        tx.put(table, key, document)
                        working[table][key] = json.loads(json.dumps(document))
                        changed = True
                    assert tx.get(table, key) == working[table].get(key)
                    assert tx.all(table) == working[table]
                if fail:
                    raise RuntimeError("abandon")
        except RuntimeError:
            assert fail
            assert self.store.storage.appends == commits
            return
        assert self.store.storage.appends == commits + changed
        self.model = working

    @rule()
    def reopen(self) -> None:
        self.store.close()
        self.store = self._open()

    @rule()
    def compact(self) -> None:
        self.store.compact()

    @rule()
    def restore_backup(self) -> None:
        # What an operator does with a damaged store: put STORE.bak in its place. The
        # journals carry it forward, so no commit may be lost.
        self.store.close()
        backup = self.path.with_name(self.path.name + ".bak")
        if backup.exists():
            shutil.copyfile(backup, self.path)
        self.store = self._open()

    @invariant()
    def reads_match(self) -> None:
        for table, expected in self.model.items():
            assert self.store.all(table) == expected
            assert sorted(self.store.keys(table)) == sorted(expected)
            assert self.store.count(table) == len(expected)
            for key in KEYS:
                assert self.store.get(table, key) == expected.get(key)
        intros, outbox = self.model["intros"], self.model["outbox"]
        for status in STATUSES:
            assert self.store.find("intros", "status", status) == {
                k: d for k, d in sorted(intros.items()) if d["status"] == status
            }
            assert self.store.find("outbox", "state", status) == {
                k: d for k, d in sorted(outbox.items()) if d["state"] == status
            }
        assert self.store.find("intros", "requester", "ann@x") == {
            k: d for k, d in sorted(intros.items()) if d.get("requester") == "Ann@x"
        }

    @invariant()
    def files_match(self) -> None:
        # What a reopen (or a crash now) would load: snapshot plus journals.
        on_disk = JournaledStorage(self.path).read()
        assert on_disk is not None
        assert on_disk.pop("meta") == {"schema": {"version": 1}}
        assert on_disk == {table: docs for table, docs in self.model.items() if docs}


StoreMatchesModel.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_store_matches_model = StoreMatchesModel.TestCase
