"""Time of one pass of 100 requests as the store grows: 0, 10k and 100k introductions stored.

Only the agent's own cost is measured: mail comes from an inbox in memory and goes to a
sink that accepts everything, while the store is the real journaled store on disk.
Each store is first filled, in one transaction, with introductions made by the core
(``new_intro`` and party answers through ``transition``): 60% completed, 30% declined,
10% still waiting for the parties (asked in the last hours, so no reminder or expiry
falls due during the passes: the "due" column says so), from 500 requesters. It is then
compacted, so the pass starts from a snapshot and an empty journal, as after a restart.
Each size runs ``--passes`` passes of 100 new requests (3 mails each); the median is
reported, with its ratio to the empty store.

    .venv/bin/python -m bench.pass_scaling [SIZES...] [--messages 100] [--passes 3]

Goal: the pass at 100k introductions at most 2x the pass on an empty store.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from agent.config import LifecycleSection, load_config
from agent.core.events import Answer, IntroRequest, PartyReplied, PartyRequest
from agent.core.intake import new_intro
from agent.core.intro import Intro, Person
from agent.core.policy import Policy
from agent.core.tokens import TokenSource
from agent.core.transition import transition
from agent.engine.environment import build_environment
from agent.engine.inbound import Environment
from agent.engine.memory_source import MemorySource
from agent.engine.once import run_pass
from agent.engine.tables import INDEXES, save_intro
from agent.store import TinyDBStore
from bench.common import MemorySink, median, table

AGENT = "intros@example.test"
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
REQUESTERS = 500


@dataclass
class PassTimes:
    """The passes at one store size."""

    size: int
    fill_seconds: float
    file_mb: float
    seconds: list[float]
    sent: int
    # Stored introductions the passes found due (reminders, expiries): 0 by design.
    ticked: int

    @property
    def median(self) -> float:
        return median(self.seconds)


def tokens() -> TokenSource:
    return TokenSource(secrets.token_hex(16), secrets.token_hex(16), secrets.token_hex(16))


def stored_intro(number: int, now: datetime, policy: Policy) -> Intro:
    """One introduction as the core leaves it: completed, declined or still asking."""
    request = IntroRequest(
        message_id=f"<req{number}@mail.example.org>",
        requester=Person("Requester Person", f"req{number % REQUESTERS}@example.org"),
        a=PartyRequest(Person("Alice Example", f"a{number}@example.org")),
        b=PartyRequest(Person("Bob Example", f"b{number}@example.net")),
        context="They both work on crash-safe storage and should talk.",
    )
    intro, _ = new_intro(request, f"s{number:06x}", now, tokens(), policy)
    later = now + timedelta(hours=5)
    kind = number % 10
    if kind == 9:
        return intro
    answers = [("a", Answer.NO)] if kind >= 6 else [("a", Answer.YES), ("b", Answer.YES)]
    for step, (side, answer) in enumerate(answers):
        event = PartyReplied(
            f"<ans{number}.{step}@mail.example.org>",
            "a" if side == "a" else "b",
            answer,
            answer.value,
            tokens(),
        )
        intro, _ = transition(intro, event, later)
    return intro


def fill(store: TinyDBStore, size: int) -> None:
    """``size`` introductions in one transaction, then a compaction."""
    policy = Policy.from_lifecycle(LifecycleSection())
    with store.transaction() as tx:
        for number in range(size):
            # Closed ones from the last months; open ones from the last hours, so none is
            # due for a reminder or an expiry during the timed passes.
            old = timedelta(days=30, seconds=number * 60)
            recent = timedelta(hours=2, seconds=number % 3600)
            now = START - (recent if number % 10 == 9 else old)
            save_intro(tx, stored_intro(number, now, policy))
    store.compact()


def environment(store: TinyDBStore, folder: Path) -> Environment:
    """The environment the daemon builds, from a config whose mail servers are never used."""
    path = folder / "config.toml"
    path.write_text(
        f"""
[agent]
address = "{AGENT}"

[imap]
host = "127.0.0.1"
username = "{AGENT}"
password = "unused"

[smtp]
host = "127.0.0.1"
username = "{AGENT}"
password = "unused"

[store]
path = "unused.json"

[policy]
allowed_requesters = ["*@example.test"]
max_mails_per_address_per_day = 1000000

[digest]
enabled = false
"""
    )
    return build_environment(load_config(path), store)


def request(number: int) -> bytes:
    return (
        "From: Carol Example <carol@example.test>\r\n"
        f"To: Intro Agent <{AGENT}>\r\n"
        f"Subject: Introduction {number}\r\n"
        "Date: Mon, 02 Nov 2026 09:00:00 +0000\r\n"
        f"Message-ID: <pass{number}@mail.example.test>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hi,\r\n\r\nplease introduce Alice Rivera <alice.{number}@example.test> to "
        f"Bob Stone <bob.{number}@example.test>. They both work on storage.\r\n\r\n"
        "Thanks,\r\nCarol\r\n"
    ).encode()


def measure(size: int, folder: Path, messages: int, passes: int) -> PassTimes:
    path = folder / f"store-{size}.json"
    store = TinyDBStore(path, indexes=INDEXES)
    try:
        started = time.perf_counter()
        fill(store, size)
        filled = time.perf_counter() - started
        env = environment(store, folder)
        sink = MemorySink()
        seconds = []
        ticked = 0
        for round_number in range(passes):
            source = MemorySource()
            for n in range(messages):
                source.deliver(request(round_number * messages + n))
            now = START + timedelta(minutes=round_number + 1)
            started = time.perf_counter()
            report = run_pass(
                store,
                env,
                now,
                source=source,
                folder="INBOX",
                uidvalidity=1,
                connect_sink=sink.connect,
                daily_cap=1_000_000,
            )
            seconds.append(time.perf_counter() - started)
            ticked += len(report.ticked)
            if report.ingest.processed != messages:
                raise RuntimeError(f"{size}: processed {report.ingest.processed} of {messages}")
        mb = path.stat().st_size / 1e6
    finally:
        store.close()
    return PassTimes(size, filled, mb, seconds, sink.sent, ticked)


def warm_up() -> None:
    """Load the rules and the language model before any pass is timed."""
    with tempfile.TemporaryDirectory(prefix="bench-pass-warm-") as tmp:
        measure(0, Path(tmp), 1, 1)


def run(sizes: list[int], messages: int, passes: int) -> list[PassTimes]:
    warm_up()
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-pass-") as tmp:
        for size in sizes:
            results.append(measure(size, Path(tmp), messages, passes))
    return results


def rows(results: list[PassTimes]) -> list[list[object]]:
    base = results[0].median
    return [
        [
            r.size,
            r.fill_seconds,
            r.file_mb,
            r.median * 1000,
            min(r.seconds) * 1000,
            r.median / base,
            r.ticked,
        ]
        for r in results
    ]


def summary(results: list[PassTimes], messages: int) -> str:
    base, last = results[0], results[-1]
    ratio = last.median / base.median
    verdict = "met" if ratio <= 2 else "MISSED"
    return (
        f"pass scaling: {messages} requests take {base.median * 1000:.0f} ms on "
        f"{base.size} intros, {last.median * 1000:.0f} ms on {last.size} = {ratio:.2f}x "
        f"(goal <= 2x at 100k: {verdict if last.size >= 100_000 else 'not measured'})"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="*", default=[0, 10_000, 100_000])
    parser.add_argument("--messages", type=int, default=100, help="requests per pass")
    parser.add_argument("--passes", type=int, default=3, help="passes per store size")
    args = parser.parse_args(argv[1:])
    results = run(args.sizes, args.messages, args.passes)
    headers = ["intros", "fill s", "file MB", "pass ms", "best ms", "x empty", "due"]
    print(table(headers, rows(results)))
    print(summary(results, args.messages))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
