"""Throughput on a backlog: N requests already in the inbox, one pass, against the floor.

The requests are put in the agent's inbox directly (IMAP APPEND), as if they had arrived
while the agent was down. The floor (``bench/floor.py``) empties the inbox first:
fetch each message, send its two mails, move it; then again with a third mail to the
requester (``floor+ack``), as many mails as the agent sends, which shows how much of the
gap is the acknowledgement alone. The same requests are then put back and
one ``run_once`` pass (in this process, against a fresh store) reads, understands and
answers them all: an acknowledgement to the requester and an opt-in to each party. The
floor sends over one connection; the agent sends over ``smtp.connections`` (3 by
default) while it reads, so the agent is also run with a single connection
(``agent, 1 conn``), which shows what the concurrency alone is worth.
Between the two runs the script waits for Postfix to deliver what was sent, so neither
run shares the machine with the other's deliveries. The language model is loaded before
the pass is timed and its load time shown apart (a daemon pays it once).

    .venv/bin/python -m bench.backlog [--count 1000] [--env FILE]

Goal: the pass's throughput at least 70% of the floor's.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass, replace
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
    """Both runs over the same ``count`` requests."""

    count: int
    floor_seconds: float
    # The floor that also acknowledges each request: as many mails as the agent sends.
    floor_ack_seconds: float
    agent_seconds: float
    warmup_seconds: float
    report: PassReport
    # The same pass with a single SMTP connection, as the floor sends.
    single_seconds: float
    single: PassReport

    @property
    def floor_rate(self) -> float:
        return self.count / self.floor_seconds

    @property
    def agent_rate(self) -> float:
        return self.count / self.agent_seconds

    def rows(self) -> list[list[object]]:
        sent = len(self.report.send.sent)
        ack_rate = self.count / self.floor_ack_seconds
        return [
            ["floor", self.count, 2 * self.count, self.floor_seconds, self.floor_rate],
            ["floor+ack", self.count, 3 * self.count, self.floor_ack_seconds, ack_rate],
            ["agent", self.report.ingest.processed, sent, self.agent_seconds, self.agent_rate],
            [
                "agent, 1 conn",
                self.single.ingest.processed,
                len(self.single.send.sent),
                self.single_seconds,
                self.count / self.single_seconds,
            ],
        ]

    def summary(self) -> str:
        ratio = self.agent_rate / self.floor_rate
        ack_ratio = self.floor_ack_seconds / self.agent_seconds
        return (
            f"backlog: agent {self.agent_rate:.1f} msg/s vs floor {self.floor_rate:.1f} msg/s "
            f"over {self.count} requests = {ratio:.0%} (goal >= 70%: "
            f"{'met' if ratio >= 0.7 else 'MISSED'}); {ack_ratio:.0%} of the floor with "
            f"acknowledgements; with one connection {self.floor_seconds / self.single_seconds:.0%}"
            f"; model load {self.warmup_seconds:.1f} s not in the pass"
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


def drain(stack: MailStack, backlog: list[bytes], *, ack: bool) -> float:
    """Put ``backlog`` in the agent's inbox and let the floor empty it; seconds taken."""
    append_backlog(stack, backlog)
    floor = Floor(stack, AGENT_USER, ack=ack)
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


def measure(stack: MailStack, count: int, folder: Path) -> Backlog:
    """The floor (without, then with acknowledgements), then the agent's passes."""
    stack.reset([AGENT_USER, PARTY_A_USER, PARTY_B_USER, REQUESTER])
    backlog = requests(stack, count)
    floor_seconds = drain(stack, backlog, ack=False)
    settle(stack, {PARTY_A_USER: count, PARTY_B_USER: count})
    floor_ack_seconds = drain(stack, backlog, ack=True)
    settle(stack, {PARTY_A_USER: 2 * count, PARTY_B_USER: 2 * count, REQUESTER: count})

    warmup = warm_up()
    connections = load_config(write_config(stack, folder / "default")).smtp.connections
    agent_seconds, report = agent_pass(stack, backlog, folder / "agent", connections)
    settle(stack, {PARTY_A_USER: 3 * count, PARTY_B_USER: 3 * count, REQUESTER: 2 * count})
    single_seconds, single = agent_pass(stack, backlog, folder / "single", 1)
    settle(stack, {PARTY_A_USER: 4 * count, PARTY_B_USER: 4 * count, REQUESTER: 3 * count})
    return Backlog(
        count,
        floor_seconds,
        floor_ack_seconds,
        agent_seconds,
        warmup,
        report,
        single_seconds,
        single,
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="requests in the backlog")
    parser.add_argument("--env", type=Path, default=default_env_file(), help="mailstack.env")
    args = parser.parse_args(argv[1:])
    exit_on_sigterm()
    stack = ensure_stack(args.env)
    with exclusive(stack), tempfile.TemporaryDirectory(prefix="bench-backlog-") as tmp:
        result = measure(stack, args.count, Path(tmp))
    print(table(["side", "messages", "mails sent", "seconds", "msg/s"], result.rows()))
    print(result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
