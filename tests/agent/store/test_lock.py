"""The lock file: a second process on the same store is refused until the first closes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from agent.errors import StoreLocked
from agent.store import open_store
from agent.store.lock import StoreLock, lock_path_for

REPO = Path(__file__).resolve().parents[3]

# Opens the store, says so, and keeps it open until its stdin is closed.
HOLDER = textwrap.dedent(
    """
    import sys
    from agent.store import open_store
    store = open_store(sys.argv[1])
    print("open", flush=True)
    sys.stdin.read()
    store.close()
    print("closed", flush=True)
    """
)

# Tries to open the store; prints the error class and message on refusal.
OPENER = textwrap.dedent(
    """
    import sys
    from agent.errors import StoreLocked
    from agent.store import open_store
    try:
        open_store(sys.argv[1]).close()
    except StoreLocked as exc:
        print("StoreLocked", exc)
        sys.exit(3)
    print("opened")
    """
)


def _python(code: str, *args: str) -> list[str]:
    return [sys.executable, "-c", code, *args]


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO))


def test_second_process_is_refused_then_opens_after_the_first_closes(tmp_path: Path) -> None:
    store = tmp_path / "state.json"
    holder = subprocess.Popen(
        _python(HOLDER, str(store)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "open"

        refused = subprocess.run(
            _python(OPENER, str(store)), capture_output=True, text=True, env=_env(), timeout=60
        )
        assert refused.returncode == 3, refused.stderr
        assert refused.stdout.startswith("StoreLocked")
        assert str(store) in refused.stdout
        assert f"process {holder.pid}" in refused.stdout

        holder.stdin.close()
        assert holder.stdout.readline().strip() == "closed"
        assert holder.wait(timeout=60) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        holder.stdout.close()

    reopened = subprocess.run(
        _python(OPENER, str(store)), capture_output=True, text=True, env=_env(), timeout=60
    )
    assert reopened.returncode == 0, reopened.stdout + reopened.stderr
    assert reopened.stdout.strip() == "opened"


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    store = tmp_path / "state.json"
    holder = subprocess.Popen(
        _python(HOLDER, str(store)), stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_env()
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == b"open"
    holder.kill()
    holder.wait()
    holder.stdout.close()
    assert holder.stdin is not None
    holder.stdin.close()

    reopened = open_store(store)
    try:
        assert reopened.get("intros", "missing") is None
    finally:
        reopened.close()


def test_same_process_second_open_is_refused(tmp_path: Path) -> None:
    store = tmp_path / "state.json"
    first = open_store(store)
    try:
        with pytest.raises(StoreLocked, match=f"process {os.getpid()}") as refused:
            open_store(store)
        assert str(store) in str(refused.value)
        assert str(lock_path_for(store)) in str(refused.value)
    finally:
        first.close()
    open_store(store).close()


def test_lock_records_pid_while_held_and_clears_it_on_release(tmp_path: Path) -> None:
    lock = StoreLock(tmp_path / "state.json")
    with lock:
        assert lock.held
        assert lock.path.read_text().strip() == str(os.getpid())
    assert not lock.held
    assert lock.path.read_text() == ""
    lock.release()  # harmless when not held
    assert not lock.held


def test_refusal_without_a_recorded_pid_still_names_the_file(tmp_path: Path) -> None:
    lock = StoreLock(tmp_path / "state.json")
    lock.acquire()
    try:
        os.truncate(lock.path, 0)
        with pytest.raises(StoreLocked, match="another process") as refused:
            StoreLock(tmp_path / "state.json").acquire()
        assert str(tmp_path / "state.json") in str(refused.value)
    finally:
        lock.release()
