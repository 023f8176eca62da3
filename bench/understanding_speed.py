"""Understanding speed on one core: requests (parse + understand) and replies (parse + classify).

The inputs are the labelled mails of ``tests/data/requests`` and ``tests/data/replies``;
each timed step starts from the raw bytes, as the engine does. The process is pinned to
one CPU (the one least busy over half a second before the start), the rules and the
language model are loaded by an untimed first round, and the best of ``--rounds`` rounds
is reported (the least disturbed by other work on the machine), with the median beside
it and the rate per second of the process's own CPU time, which other work on the same
CPU changes least. The goal is judged on the best.

The modules read mail as the process imports them: the compiled build when it matches
the sources (``agent/compiled.py``, made by ``scripts/setup.sh``), else the sources as
they are. With the build in use, the same rounds are run again on the sources in a child
process (``INTRO_AGENT_COMPILED=0``), and the ratio of the two is printed.

    .venv/bin/python -m bench.understanding_speed [--rounds 5] [--limit N] [--no-baseline]

Goal: at least 2,000 messages per second for each, as the agent runs once set up.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from agent.compiled import ENV, in_use
from agent.message import Address, parse_message
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.replies import classify_reply
from agent.understanding.requests import understand_request
from bench.common import REPO, median, table

DATA = REPO / "tests" / "data"
GOAL = 2000.0


@dataclass
class Speed:
    """Messages per second of one kind of understanding."""

    name: str
    messages: int
    best: float
    median: float
    # Per second of this process's own CPU time: what a busy machine leaves least changed.
    cpu: float

    def row(self) -> list[object]:
        return [self.name, self.messages, self.best, self.median, self.cpu]


def pin_to_one_core() -> int | None:
    """Pin this process to the least busy CPU it may run on; that CPU, or None where
    unsupported. Other work on the machine then disturbs the figure as little as it can."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = os.sched_getaffinity(0)
    before = _busy_ticks()
    time.sleep(0.5)
    after = _busy_ticks()
    cpu = min(allowed, key=lambda c: (after.get(c, 0) - before.get(c, 0), c))
    os.sched_setaffinity(0, {cpu})
    return cpu


def _busy_ticks() -> dict[int, int]:
    """Per CPU, the clock ticks spent on anything but idling, from /proc/stat (Linux)."""
    busy: dict[int, int] = {}
    try:
        lines = Path("/proc/stat").read_text().splitlines()
    except OSError:
        return busy
    for line in lines:
        name, *fields = line.split()
        if name.startswith("cpu") and name[3:].isdigit():
            ticks = [int(f) for f in fields]
            # user nice system idle iowait irq softirq ...: idle and iowait are not busy.
            busy[int(name[3:])] = sum(ticks) - ticks[3] - (ticks[4] if len(ticks) > 4 else 0)
    return busy


def request_cases(limit: int | None) -> list[tuple[bytes, MemoryAddressBook | None]]:
    folder = DATA / "requests"
    cases = []
    for eml in sorted(folder.glob("*.eml"))[:limit]:
        book_file = eml.with_name(eml.stem + ".address_book.json")
        book = None
        if book_file.exists():
            entries = json.loads(book_file.read_text(encoding="utf-8"))
            book = MemoryAddressBook(Address(e["name"] or "", e["email"]) for e in entries)
        cases.append((eml.read_bytes(), book))
    return cases


def reply_cases(limit: int | None) -> list[bytes]:
    return [eml.read_bytes() for eml in sorted((DATA / "replies").glob("*.eml"))[:limit]]


def rate(name: str, count: int, run: Callable[[], None], rounds: int) -> Speed:
    """Messages per second of ``run`` (one round over ``count`` messages)."""
    run()  # loads the rules and the model; not timed
    walls, cpus = [], []
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - started_cpu)
    return Speed(name, count, count / min(walls), count / median(walls), count / median(cpus))


def measure(rounds: int, limit: int | None = None) -> list[Speed]:
    agent = (DATA / "requests" / "agent_address.txt").read_text().strip()
    requests = request_cases(limit)
    replies = reply_cases(limit)

    def read_requests() -> None:
        for raw, book in requests:
            understand_request(parse_message(raw), agent, book)

    def read_replies() -> None:
        for raw in replies:
            classify_reply(parse_message(raw))

    return [
        rate("requests", len(requests), read_requests, rounds),
        rate("replies", len(replies), read_replies, rounds),
    ]


def summary(speeds: Sequence[Speed]) -> str:
    parts = [
        f"{s.name} {s.best:.0f} msg/s ({'met' if s.best >= GOAL else 'MISSED'}; "
        f"{s.cpu:.0f} per CPU second)"
        for s in speeds
    ]
    return f"understanding on one core: {'; '.join(parts)}; goal >= {GOAL:.0f} msg/s each"


def baseline(rounds: int, limit: int | None) -> list[Speed]:
    """The same rounds read by the sources as they are, in a child process."""
    command = [sys.executable, "-m", "bench.understanding_speed", "--rounds", str(rounds)]
    command += ["--json"] + (["--limit", str(limit)] if limit is not None else [])
    env = {**os.environ, ENV: "0"}
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env, cwd=REPO)
    return [Speed(**fields) for fields in json.loads(done.stdout)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds over the inputs")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N mails")
    parser.add_argument(
        "--no-baseline", action="store_true", help="do not time the sources beside the build"
    )
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv[1:])
    cpu = pin_to_one_core()
    speeds = measure(args.rounds, args.limit)
    if args.json:
        print(json.dumps([vars(s) for s in speeds]))
        return 0
    build = in_use()
    print(f"pinned to CPU {cpu}" if cpu is not None else "not pinned (no sched_setaffinity)")
    print(f"read by: {'the compiled build at ' + str(build) if build else 'the sources'}")
    # Interpreters built differently run the same code at different speeds.
    print(f"python: {sys.version.split()[0]} at {os.path.realpath(sys.executable)}")
    headers = ["kind", "messages", "best msg/s", "median msg/s", "msg/cpu-s"]
    print(table(headers, [s.row() for s in speeds]))
    if build is not None and not args.no_baseline:
        plain = baseline(args.rounds, args.limit)
        rows = [
            [p.name, p.best, c.best, f"{c.best / p.best:.2f}x"]
            for p, c in zip(plain, speeds, strict=True)
        ]
        print(table(["kind", "sources msg/s", "compiled msg/s", "ratio"], rows))
    print(summary(speeds))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
