"""Throughput on a backlog: N requests already in the inbox, one pass, against the floor.

The requests are put in the agent's inbox directly (IMAP APPEND), as if they had arrived
while the agent was down. The floor (``bench/floor.py``) empties the inbox first:
fetch each message, send its two mails, move it. The same requests are then put back
and one ``run_once`` pass (in this process, against a fresh store) reads, understands
and answers them all: an opt-in to each party, and one acknowledgement to the requester
listing every request of the pass (``agent/engine/ack_folding.py``). The floor sends
over one connection; the agent sends over ``smtp.connections`` (3 by default) while it
reads, so the agent is also run with a single connection (``agent, 1 conn``), which
shows what the concurrency alone is worth. After each run the script waits for Postfix
to deliver what was sent, so no run shares the machine with another's deliveries. The
three take turns for ``--rounds`` rounds and each figure is the median of its rounds,
so a machine that gets busier or quieter during the run weighs on every side alike.
The language model is loaded before any pass is timed and its load time shown apart
(a daemon pays it once).

    .venv/bin/python -m bench.backlog [--count 1000] [--rounds 3] [--env FILE]

Goal: the pass's throughput at least 70% of the floor's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from agent.config import load_config
from agent.engine.once import PassReport, run_once
from bench.common import (
    AGENT_USER,
    PARTY_A_USER,
    PARTY_B_USER,
    REQUESTER,
    append_backlog,
    default_env_file,
    ensure_stack,
    exit_on_sigterm,
    inbox_count,
    request_mail,
    table,
    write_config,
)
from bench.floor import Floor
from tests.mailstack import MailStack, exclusive

SETTLE_TIMEOUT = 600.0


@dataclass
class Backlog:
    """Each side's seconds over the same ``count`` requests, one entry per round."""

    count: int
    floor: list[float] = field(default_factory=list)
    agent: list[float] = field(default_factory=list)
    # The same pass with a single SMTP connection, as the floor sends.
    single: list[float] = field(default_factory=list)
    mails_sent: list[int] = field(default_factory=list)
    warmup_seconds: float = 0.0

    def rate(self, seconds: list[float]) -> float:
        """Messages per second at the median of the rounds."""
        return self.count / statistics.median(seconds)

    def rows(self) -> list[list[object]]:
        sides = [
            ("floor", 2 * self.count, self.floor),
            ("agent", min(self.mails_sent, default=0), self.agent),
            ("agent, 1 conn", min(self.mails_sent, default=0), self.single),
        ]
        return [
            [
                name,
                self.count,
                mails,
                statistics.median(seconds),
                self.rate(seconds),
                " ".join(f"{s:.1f}" for s in seconds),
            ]
            for name, mails, seconds in sides
        ]

    def summary(self) -> str:
        floor, agent = self.rate(self.floor), self.rate(self.agent)
        ratio = agent / floor
        return (
            f"backlog: agent {agent:.1f} msg/s vs floor {floor:.1f} msg/s over {self.count} "
            f"requests, median of {len(self.agent)} rounds = {ratio:.0%} (goal >= 70%: "
            f"{'met' if ratio >= 0.7 else 'MISSED'}); with one connection "
            f"{self.rate(self.single) / floor:.0%}; model load {self.warmup_seconds:.1f} s "
            "not in the pass"
        )


def requests(stack: MailStack, count: int) -> list[bytes]:
    return [request_mail(stack, n, to_user=AGENT_USER, tag="bl") for n in range(count)]


def settle(stack: MailStack, expected: dict[str, int]) -> None:
    """Wait until each user's INBOX holds at least the expected number of messages."""
    deadline = time.monotonic() + SETTLE_TIMEOUT
    for user, count in expected.items():
        while inbox_count(stack, user) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{user}: fewer than {count} messages delivered")
            time.sleep(0.5)


def warm_up() -> float:
    """Load the rules and the language model as the first request would; seconds taken."""
    from agent.message import parse_message
    from agent.understanding.requests import understand_request

    started = time.perf_counter()
    raw = b"From: a@example.test\r\nSubject: hi\r\n\r\nplease introduce Ann <ann@x.test> to Bo.\r\n"
    understand_request(parse_message(raw), "intros@example.test", None)
    return time.perf_counter() - started


def drain(stack: MailStack, backlog: list[bytes]) -> float:
    """Put ``backlog`` in the agent's inbox and let the floor empty it; seconds taken."""
    append_backlog(stack, backlog)
    floor = Floor(stack, AGENT_USER)
    try:
        started = time.perf_counter()
        handled = floor.drain()
        seconds = time.perf_counter() - started
    finally:
        floor.close()
    if handled != len(backlog):
        raise RuntimeError(f"the floor handled {handled} of {len(backlog)} messages")
    return seconds


def agent_pass(
    stack: MailStack, backlog: list[bytes], folder: Path, connections: int
) -> tuple[float, PassReport]:
    """One ``run_once`` over ``backlog`` against a fresh store; seconds and its report."""
    append_backlog(stack, backlog)
    config = load_config(write_config(stack, folder))
    config = replace(config, smtp=replace(config.smtp, connections=connections))
    started = time.perf_counter()
    report = run_once(config, datetime.now(UTC))
    seconds = time.perf_counter() - started
    if report.ingest.processed != len(backlog):
        raise RuntimeError(f"the pass processed {report.ingest.processed}: {report}")
    return seconds, report


def measure(stack: MailStack, count: int, rounds: int, folder: Path) -> Backlog:
    """Rounds of: the floor, then the agent's passes (3 connections, then 1).

    The sides take turns, so a machine that gets busier or quieter during the run
    weighs on all of them; each side's figure is the median of its rounds.
    """
    stack.reset([AGENT_USER, PARTY_A_USER, PARTY_B_USER, REQUESTER])
    backlog = requests(stack, count)
    result = Backlog(count, warmup_seconds=warm_up())
    connections = load_config(write_config(stack, folder / "default")).smtp.connections
    delivered = {PARTY_A_USER: 0, PARTY_B_USER: 0, REQUESTER: 0}

    def settled(mails: int) -> None:
        # Two opt-ins per request; whatever else was sent went to the requester.
        delivered[PARTY_A_USER] += count
        delivered[PARTY_B_USER] += count
        delivered[REQUESTER] += mails - 2 * count
        settle(stack, delivered)

    for round_number in range(rounds):
        result.floor.append(drain(stack, backlog))
        settled(2 * count)
        seconds, report = agent_pass(stack, backlog, folder / f"agent{round_number}", connections)
        result.agent.append(seconds)
        result.mails_sent.append(len(report.send.sent))
        settled(len(report.send.sent))
        seconds, report = agent_pass(stack, backlog, folder / f"single{round_number}", 1)
        result.single.append(seconds)
        result.mails_sent.append(len(report.send.sent))
        settled(len(report.send.sent))
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="requests in the backlog")
    parser.add_argument("--rounds", type=int, default=3, help="turns of every side")
    parser.add_argument("--env", type=Path, default=default_env_file(), help="mailstack.env")
    args = parser.parse_args(argv[1:])
    exit_on_sigterm()
    stack = ensure_stack(args.env)
    with exclusive(stack), tempfile.TemporaryDirectory(prefix="bench-backlog-") as tmp:
        result = measure(stack, args.count, args.rounds, Path(tmp))
    headers = ["side", "messages", "mails sent", "median s", "msg/s", "each round, s"]
    print(table(headers, result.rows()))
    print(result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
