"""Sending over several connections at once, while the pass is still reading the inbox."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import pytest

from agent.engine import outbox
from agent.engine.once import PassReport
from agent.engine.sending import MailSink, send_due
from agent.errors import MailConnectError, StoreError
from tests.agent.engine.harness import AGENT, World, mail

ANN = "Ann Lee <ann@example.test>"


def requests(world: World, count: int, alice: str = "alice.{n}@example.test") -> None:
    for n in range(count):
        world.source.deliver(
            mail(
                ANN,
                AGENT,
                f"Intro {n}",
                f"Hi,\n\nPlease introduce Alice Smith <{alice.format(n=n)}> to Bob Jones "
                f"<bob.{n}@example.test>. They both work on storage.\n\nThanks,\nAnn",
            )
        )


@dataclass
class SlowServer:
    """Accepts each mail after a turn of the event loop; counts connections at once."""

    refuse_connections: set[int] = field(default_factory=set)
    accepted: list[list[str]] = field(default_factory=list)
    opened: int = 0
    open_now: int = 0
    most_open: int = 0
    # How many requests were still in the inbox when each mail was accepted.
    inbox_left: list[int] = field(default_factory=list)
    world: World | None = None

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[MailSink]:
        self.opened += 1
        if self.opened in self.refuse_connections:
            raise MailConnectError("connection refused")
        self.open_now += 1
        self.most_open = max(self.most_open, self.open_now)
        try:
            yield _Connection(self)
        finally:
            self.open_now -= 1


@dataclass
class _Connection:
    server: SlowServer

    async def send(self, message: bytes, *, sender: str, recipients: list[str]) -> None:
        await asyncio.sleep(0)
        self.server.accepted.append(recipients)
        if self.server.world is not None:
            self.server.inbox_left.append(len(self.server.world.source.inbox))


def run(world: World, server: SlowServer, connections: int, daily_cap: int = 1000) -> PassReport:
    return world.run(connect=server.connect, connections=connections, daily_cap=daily_cap)


def pending(world: World) -> int:
    return len(world.store.find(outbox.TABLE, "state", outbox.PENDING))


def test_each_mail_is_sent_once_over_at_most_the_connections_allowed(world: World) -> None:
    requests(world, 12)
    server = SlowServer()
    report = run(world, server, connections=3)
    assert report.ingest.processed == 12
    # Two opt-ins per request, and Ann's twelve acknowledgements folded into one mail.
    assert len(report.send.sent) == 25 == len(set(report.send.sent))
    assert len(server.accepted) == 25
    assert server.opened == 3 and server.most_open == 3
    assert pending(world) == 0
    assert not report.send.retried and not report.send.failed and not report.send.held


def durable_at_once(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make each wait for the disk part of ``feed``, so no thread decides when rows go."""
    sync_job = world.store.sync_job

    def inline() -> None:
        job = sync_job()
        if job is not None:
            job()

    monkeypatch.setattr(world.store, "sync_job", inline)


def test_sending_starts_while_the_inbox_is_still_being_read(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    durable_at_once(world, monkeypatch)
    requests(world, 120)
    server = SlowServer(world=world)
    report = run(world, server, connections=3)
    assert len(report.send.sent) == 241
    # The inbox is read in batches of 50 and each batch is moved when it is done, so a
    # mail accepted while the inbox still held requests was sent during the reading.
    # The first mail went out before the first batch was moved, and mails went out
    # while each batch was being read.
    assert server.inbox_left[0] == 120
    assert server.inbox_left == sorted(server.inbox_left, reverse=True)
    assert {120, 70, 20} <= set(server.inbox_left)
    # Every opt-in left during the reading; only the acknowledgements, folded into one
    # mail once the inbox is read, waited for the end of it.
    assert server.inbox_left.count(0) == 1


def test_one_mail_due_opens_one_connection(world: World) -> None:
    requests(world, 1)
    server = SlowServer()
    run(world, server, connections=3)
    # An acknowledgement and two opt-ins: three mails, but the first connection is
    # opened as soon as the first is due, and more only for what waits.
    assert len(server.accepted) == 3
    assert server.opened <= 3 and server.most_open <= 3


def test_a_connection_that_fails_leaves_its_mails_to_the_others(world: World) -> None:
    requests(world, 6)
    server = SlowServer(refuse_connections={2})
    report = run(world, server, connections=3)
    assert len(report.send.sent) == 13 and not report.send.retried
    # The second connection was opened once the first was open, and was refused; the
    # first sent everything, with no other connection tried after the failure.
    assert server.opened == 2 and server.most_open == 1
    assert pending(world) == 0


def test_when_every_connection_fails_everything_waits_for_the_next_pass(world: World) -> None:
    requests(world, 4)
    server = SlowServer(refuse_connections={1, 2, 3})
    report = run(world, server, connections=3)
    assert not report.send.sent and len(report.send.retried) == 9
    # The first connection was refused; no other was tried, though more mails became
    # due, for a second is opened only once the one before it is open.
    assert server.opened == 1
    later = SlowServer()
    world.now = world.now.replace(hour=world.now.hour + 1)
    sent = asyncio.run(
        send_due(
            world.store,
            later.connect,
            world.now,
            daily_cap=1000,
            mails=world.env.mails,
            connections=3,
        )
    )
    assert len(sent.sent) == 9 and pending(world) == 0


def test_connections_sending_at_once_keep_to_the_daily_cap(world: World) -> None:
    # Six requests to introduce the same Alice: six opt-ins to her, and a cap of four a day.
    requests(world, 6, alice="alice@example.test")
    server = SlowServer()
    report = run(world, server, connections=3, daily_cap=4)
    to_alice = [r for r in server.accepted if r == ["alice@example.test"]]
    assert len(to_alice) == 4
    assert len(report.send.held) == 2
    # Ann's one acknowledgement, four opt-ins to Alice and six to the Bobs.
    assert len(report.send.sent) == 11


def test_no_mail_leaves_when_the_disk_cannot_make_its_row_durable(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_job() -> Callable[[], None]:
        def job() -> None:
            raise StoreError("cannot sync the journal: I/O error")

        return job

    monkeypatch.setattr(world.store, "sync_job", failing_job)
    requests(world, 3)
    server = SlowServer()
    with pytest.raises(StoreError, match="I/O error"):
        run(world, server, connections=3)
    assert server.accepted == [] and server.opened == 0
