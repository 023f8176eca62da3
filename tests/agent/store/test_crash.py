"""SIGKILL a process committing to the store, many times, and check what survives."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from agent.store import StateStore, open_store
from tests.agent.store import crash_writer

REPO = Path(__file__).resolve().parents[3]
WRITER = Path(crash_writer.__file__)


def _start_writer(store: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(store)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _torn(store: Path) -> bool:
    """Whether the writer died inside a write: a snapshot temp file or a torn journal line."""
    if store.with_name(store.name + ".tmp").exists():
        return True
    journal = store.with_name(store.name + ".journal")
    return journal.exists() and not journal.read_bytes().endswith(b"\n")


def _wait_for_change(path: Path, initial: int | None) -> None:
    """Spin until ``path``'s size differs from ``initial`` (None: until it exists)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            continue
        if initial is None or size != initial:
            return


def _kill_mid_run(store: Path, rng: random.Random, *, aim: str) -> tuple[int, int, bool]:
    """Run the writer and kill it; return (start, last reported, died inside a write).

    ``aim`` is where the kill is sent: "snapshot" as soon as a compaction's temp file
    appears, "journal" as soon as the journal starts to grow, each plus a few random
    hundred microseconds; "any" at a random moment anywhere in the loop.
    """
    proc = _start_writer(store)
    assert proc.stdout is not None
    opened = proc.stdout.readline().split()
    assert opened[:1] == ["open"], proc.stderr.read() if proc.stderr else opened
    start = int(opened[1])
    wait_for = rng.randint(0, 4)
    reported = start
    while reported < start + wait_for:
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else "writer ended early"
        reported = int(line)
    if aim == "snapshot":
        _wait_for_change(store.with_name(store.name + ".tmp"), None)
        time.sleep(rng.uniform(0.0, 0.0005))
    elif aim == "journal":
        journal = store.with_name(store.name + ".journal")
        _wait_for_change(journal, journal.stat().st_size if journal.exists() else 0)
        time.sleep(rng.uniform(0.0, 0.0002))
    else:
        time.sleep(rng.uniform(0.0, 0.03))
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    for line in rest.split():
        reported = int(line)
    torn = _torn(store)
    if proc.stderr is not None:
        proc.stderr.close()
    proc.stdout.close()
    return start, reported, torn


def _assert_generation(store: StateStore, generation: int) -> None:
    """Every table holds exactly what the writer had after commit ``generation``."""
    intros = store.all("intros")
    assert len(intros) == crash_writer.INTROS
    for number in range(crash_writer.INTROS):
        assert intros[f"intro-{number}"] == crash_writer.intro(generation, number)
    assert store.all("outbox") == crash_writer.expected_outbox(generation)
    assert store.find("intros", "status", "asked") == {
        key: doc for key, doc in intros.items() if doc["status"] == "asked"
    }


def _assert_backup_restores(store_path: Path, generation: int, scratch: Path) -> None:
    """Putting STORE.bak in place of STORE (journals kept) gives the same state back."""
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    for source in store_path.parent.iterdir():
        if source.is_file() and source.name.startswith(store_path.name + "."):
            shutil.copyfile(source, scratch / source.name)
    restored_path = scratch / store_path.name
    os.replace(scratch / (store_path.name + ".bak"), restored_path)
    restored = open_store(restored_path)
    try:
        assert (restored.get("meta", "gen") or {"n": 0})["n"] == generation
        _assert_generation(restored, generation)
    finally:
        restored.close()


def test_sigkill_mid_write_keeps_the_last_committed_state(tmp_path: Path) -> None:
    store_path = tmp_path / "state.json"
    rng = random.Random(20261128)
    aims = ("snapshot", "journal", "any") * 4
    caught_mid_write = 0
    previous = 0
    for aim in aims:
        start, reported, torn = _kill_mid_run(store_path, rng, aim=aim)
        caught_mid_write += torn
        assert start == previous, "the writer must start from what the last run left"

        store = open_store(store_path)
        try:
            generation = (store.get("meta", "gen") or {"n": 0})["n"]
            # Committed and reported, or committed and killed before it could report.
            assert generation in (reported, reported + 1)
            _assert_generation(store, generation)
        finally:
            store.close()
        if generation > 0:
            _assert_backup_restores(store_path, generation, tmp_path / "restored")
        previous = generation

    assert previous >= len(aims), "the writer should have committed in most rounds"
    # Kills aimed at writes leave a temp file or a torn line behind: the test does
    # exercise interrupted writes, not only kills between commits.
    assert caught_mid_write >= 1
