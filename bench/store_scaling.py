"""How the store's costs grow with its size: prints one row per store size.

Run: ``python bench/store_scaling.py [SIZES...]`` (default 0 10000 100000). Each store
is filled with intro-sized documents (~1 KB), then the script times what a pass over
incoming mail does: one transaction that puts an intro, an outbox mail and a processed
record (one journal append); a key lookup; a status lookup through the secondary
index; a pass of 100 such transactions; a compaction (a full snapshot rewrite, which is
what every commit would cost without the journal); and reopening. Commit times are
mostly the journal's fsync, which varies with the disk; the cpu column is the store's
own work.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from agent.store import TinyDBStore

REPEATS = 7


def intro(number: int) -> dict[str, Any]:
    """A document about the size of a real introduction's state (~1 KB as JSON)."""
    return {
        "id": f"intro-{number}",
        "status": ("asked", "accepted", "introduced", "declined")[number % 4],
        "requester": {"email": f"req{number % 500}@example.org", "name": "Requester Person"},
        "parties": [
            {"email": f"a{number}@example.org", "name": "Alice Example", "answer": "yes"},
            {"email": f"b{number}@example.net", "name": "Bob Example", "answer": None},
        ],
        "reason": "They both work on crash-safe storage and should talk. " * 6,
        "history": [
            {"at": "2026-11-28T07:00:00Z", "event": "requested", "message_id": f"<r{number}@x>"},
            {"at": "2026-11-28T07:05:00Z", "event": "asked", "message_id": f"<q{number}@x>"},
        ],
        "created_at": "2026-11-28T07:00:00Z",
    }


def median_ms(samples: list[float]) -> float:
    """The median of durations in seconds, in milliseconds."""
    return statistics.median(samples) * 1000


def measure(size: int, folder: Path) -> dict[str, float]:
    """Fill a store with ``size`` intros and time the operations a mail pass performs."""
    path = folder / f"store-{size}.json"
    store = TinyDBStore(path)
    for first in range(0, size, 1000):
        with store.transaction() as tx:
            for number in range(first, min(first + 1000, size)):
                tx.put("intros", f"intro-{number}", intro(number))
    store.compact()
    commits, commit_cpus, gets, finds, compactions = [], [], [], [], []
    for round_number in range(REPEATS):
        key = f"new-{round_number}"
        started, started_cpu = time.perf_counter(), time.process_time()
        with store.transaction() as tx:
            tx.put("intros", key, intro(size + round_number))
            tx.put("outbox", key, {"state": "pending", "intro_id": key, "raw": "x" * 2000})
            tx.put("processed", f"<{key}@x>", {"outcome": "request", "uid": round_number})
        commits.append(time.perf_counter() - started)
        commit_cpus.append(time.process_time() - started_cpu)
        started = time.perf_counter()
        store.get("intros", key)
        gets.append(time.perf_counter() - started)
        started = time.perf_counter()
        store.find("outbox", "state", "pending")
        finds.append(time.perf_counter() - started)
    started = time.perf_counter()
    for message in range(100):
        with store.transaction() as tx:
            key = f"pass-{message}"
            tx.put("intros", key, intro(size + REPEATS + message))
            tx.put("outbox", key, {"state": "pending", "intro_id": key, "raw": "x" * 2000})
            tx.put("processed", f"<{key}@x>", {"outcome": "reply", "uid": message})
    one_pass = time.perf_counter() - started
    for _ in range(3):
        started = time.perf_counter()
        store.compact()
        compactions.append(time.perf_counter() - started)
    store.close()
    started = time.perf_counter()
    TinyDBStore(path).close()
    opening = time.perf_counter() - started
    return {
        "size": size,
        "file_mb": path.stat().st_size / 1e6,
        "commit_ms": median_ms(commits),
        "commit_cpu_ms": median_ms(commit_cpus),
        "get_ms": median_ms(gets),
        "find_ms": median_ms(finds),
        "pass_ms": one_pass * 1000,
        "compact_ms": median_ms(compactions),
        "open_ms": opening * 1000,
    }


def main(argv: list[str]) -> int:
    """Print the table for the sizes given (or the default ones)."""
    sizes = [int(arg) for arg in argv[1:]] or [0, 10_000, 100_000]
    print(
        f"{'intros':>8} {'file MB':>8} {'commit ms':>10} {'(cpu ms)':>9} {'get ms':>8} "
        f"{'find ms':>8} "
        f"{'100 tx ms':>10} {'compact ms':>11} {'open ms':>8}"
    )
    with tempfile.TemporaryDirectory(prefix="store-scaling-") as folder:
        for size in sizes:
            row = measure(size, Path(folder))
            print(
                f"{row['size']:>8} {row['file_mb']:>8.1f} {row['commit_ms']:>10.2f} "
                f"{row['commit_cpu_ms']:>9.2f} {row['get_ms']:>8.3f} {row['find_ms']:>8.3f} "
                f"{row['pass_ms']:>10.1f} {row['compact_ms']:>11.1f} {row['open_ms']:>8.0f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
