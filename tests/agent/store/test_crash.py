"""SIGKILL a process committing to the store, many times, and check what survives."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from agent.store import open_store
from agent.store.atomic_storage import AtomicJSONStorage
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


def _kill_mid_run(store: Path, rng: random.Random, *, at_write: bool) -> tuple[int, int, bool]:
    """Run the writer and kill it; return (start, last reported, temp file left behind).

    With ``at_write`` the kill is sent as soon as the commit's temp file appears (plus
    a random few hundred microseconds), which lands inside the file write; otherwise at
    a random moment, which may fall anywhere in the loop.
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
    if at_write:
        tmp = store.with_name(store.name + ".tmp")
        deadline = time.monotonic() + 10
        while not tmp.exists() and time.monotonic() < deadline:
            pass
        time.sleep(rng.uniform(0.0, 0.0005))
    else:
        time.sleep(rng.uniform(0.0, 0.03))
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    for line in rest.split():
        reported = int(line)
    tmp_seen = store.with_name(store.name + ".tmp").exists()
    if proc.stderr is not None:
        proc.stderr.close()
    proc.stdout.close()
    return start, reported, tmp_seen


def test_sigkill_mid_write_keeps_the_last_committed_state(tmp_path: Path) -> None:
    store_path = tmp_path / "state.json"
    rng = random.Random(20261128)
    rounds = 8
    caught_mid_write = 0
    previous = 0
    for round_number in range(rounds):
        at_write = round_number % 2 == 0
        start, reported, tmp_seen = _kill_mid_run(store_path, rng, at_write=at_write)
        caught_mid_write += tmp_seen
        assert start == previous, "the writer must start from what the last run left"

        store = open_store(store_path)
        try:
            generation = (store.get("meta", "gen") or {"n": 0})["n"]
            # Committed and reported, or committed and killed before it could report.
            assert generation in (reported, reported + 1)
            intros = store.all("intros")
            assert len(intros) == crash_writer.INTROS
            for number in range(crash_writer.INTROS):
                assert intros[f"intro-{number}"] == crash_writer.intro(generation, number)
            assert store.all("outbox") == crash_writer.expected_outbox(generation)
            assert store.find("intros", "status", "asked") == {
                key: doc for key, doc in intros.items() if doc["status"] == "asked"
            }
        finally:
            store.close()
        backup = AtomicJSONStorage(store_path.with_name(store_path.name + ".bak")).read()
        assert backup is not None
        backup_generation = backup["meta"].get("gen", {"n": 0})["n"]
        # The previous commit, or the current one if killed between keeping and renaming.
        assert backup_generation in (generation - 1, generation)
        previous = generation

    assert previous >= rounds, "the writer should have committed in most rounds"
    # Kills aimed at the write leave its temp file behind: the test does exercise torn
    # writes, not only kills between commits.
    assert caught_mid_write >= 1
