"""Send what the outbox holds: a few SMTP connections for the batch, a commit per accept.

A row is marked sent right after the server accepted it. 4xx answers, time-outs and
dropped connections are transient: the row is tried again later with a growing delay,
until its deadline. A 5xx answer is permanent: the row fails. A reply token is filled in
for its marker only in the bytes handed to the server (``token_key.py``), so no token
is ever written to the store. A cap on mails to one address per day holds back the
rest, so a robot that answers every mail cannot start an endless exchange.

A mail that asks a party (an opt-in or a reminder) and is refused for good, at once
(5xx) or after retrying until its deadline, means that party cannot be reached: the
refusal is fed to the core as ``DeliveryFailed`` in the same transaction that marks the
row failed, so the introduction closes as failed and the requester is told exactly once.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter, deque
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from agent.core.events import DeliveryFailed
from agent.core.intro import Side
from agent.core.transition import transition
from agent.engine import outbox
from agent.engine.ack_folding import fold_acknowledgements, held_back
from agent.engine.crashpoints import crashpoint
from agent.engine.mails import MailSettings, compose
from agent.engine.tables import SEND_COUNTS, load_intro, save_intro
from agent.errors import AgentError, MailError, PermanentSendError, TransientSendError
from agent.store.base import StateStore, Tables

log = logging.getLogger(__name__)


class MailSink(Protocol):
    """Where mail goes: an open SMTP connection (``agent.mail.smtp_sink.SmtpSink``)."""

    async def send(self, message: bytes, *, sender: str, recipients: list[str]) -> None: ...


@dataclass
class SendReport:
    """What one run of the sender did."""

    sent: list[str] = field(default_factory=list)
    retried: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)


def _day_key(address: str, now: datetime) -> str:
    return f"{address.lower()}|{now.astimezone(UTC).date().isoformat()}"


def _count(tx: Tables, recipients: tuple[str, ...], now: datetime) -> None:
    for r in recipients:
        key = _day_key(r, now)
        doc = tx.get(SEND_COUNTS, key) or {"count": 0}
        tx.put(SEND_COUNTS, key, {"count": int(doc["count"]) + 1})


async def send_due(
    store: StateStore,
    connect: Callable[[], AbstractAsyncContextManager[MailSink]],
    now: datetime,
    *,
    daily_cap: int,
    mails: MailSettings,
    connections: int = 1,
) -> SendReport:
    """Send every due row of the outbox, over at most ``connections`` connections at once."""
    sender = Sender(store, connect, now, daily_cap=daily_cap, mails=mails, connections=connections)
    return await sender.finish()


class Sender:
    """Sends due outbox rows while the pass goes on, over a few connections at once.

    ``feed`` takes the rows that have become due (the pass calls it after each message
    it commits), ``finish`` sends the rest and closes the connections. Each connection
    takes the next row, sends it and waits until the row is recorded as sent before it
    takes another. Acknowledgements queued during the pass are taken only by ``finish``,
    folded one per requester (``ack_folding.py``). The "sent" marks of rows accepted
    while a commit was being written share the next commit (a group commit), so a crash
    between the server's accept and that commit resends at most one mail per
    connection, with the same bytes and Message-ID. Connections are opened one at a
    time, each once the one before it is open and only while rows wait for one, so a
    server that refuses costs one attempt a pass, not one per connection allowed.
    After a connection fails, no new one is opened in the same pass: the others go on,
    and what none of them sent waits for the next pass.
    """

    def __init__(
        self,
        store: StateStore,
        connect: Callable[[], AbstractAsyncContextManager[MailSink]],
        now: datetime,
        *,
        daily_cap: int,
        mails: MailSettings,
        connections: int = 1,
    ) -> None:
        self.store = store
        self.connect = connect
        self.now = now
        self.daily_cap = daily_cap
        self.mails = mails
        self.connections = max(1, connections)
        self.report = SendReport()
        self.taken: dict[str, outbox.OutboxRow] = {}
        self.rows: deque[outbox.OutboxRow] = deque()
        self.workers: list[asyncio.Task[MailError | None]] = []
        self.failure: MailError | None = None
        # A connection is being opened: the next waits until it is open, or has failed.
        self.connecting = False
        self.more = asyncio.Event()
        self.closing = False
        # Mails handed to a server but not yet counted in SEND_COUNTS, by recipient, so
        # that connections sending at once cannot together pass the daily cap.
        self.in_flight: Counter[str] = Counter()
        self.accepted: list[tuple[outbox.OutboxRow, asyncio.Future[None]]] = []
        self.committer: asyncio.Task[None] | None = None
        # A wait for the disk under way on another thread, after which rows are taken.
        self.syncing: asyncio.Task[None] | None = None

    def feed(self) -> None:
        """Take the rows due now that no connection has yet, once they are durable.

        The pass calls this after every message it reads. A row may be sent only once
        the commit that queued it is on disk, and those commits did not wait for it:
        the rows due now are taken when a wait for the disk, started now on another
        thread, is over, so the pass reads on meanwhile and one wait serves many rows.
        While enough rows are queued, or a wait is under way, this does nothing.
        """
        if self.syncing is not None or len(self.rows) >= self.connections:
            return
        job = self.store.sync_job()
        rows = self._due()
        if job is None:
            self._take(rows)
        elif rows:
            self.syncing = asyncio.create_task(self._take_when_durable(job, rows))

    async def finish(self) -> SendReport:
        """Send everything due, then close every connection; what they did."""
        if self.syncing is not None:
            await self.syncing
        self.store.sync()
        self.closing = True
        try:
            fold_acknowledgements(self.store, self.mails, self.now, skip=self.taken.keys())
        except AgentError as exc:
            # A mail that cannot be written must not hold back the acknowledgements.
            log.error("acknowledgements not folded: %s", exc)
        self._take(self._due())
        self.more.set()
        # A connection opened while others were finishing joins the list: wait for it too.
        while not all(worker.done() for worker in self.workers):
            await asyncio.gather(*self.workers)
        # The "sent" marks did not wait for the disk either.
        self.store.sync()
        report = self.report
        if self.failure is not None:
            # What a lost connection held, and what no connection took, waits.
            done = {*report.sent, *report.failed, *report.held, *report.retried}
            waiting = [row for key, row in self.taken.items() if key not in done]
            for row in waiting:
                _retry(self.store, row, self.now, str(self.failure), report, self.mails)
            if waiting:
                log.warning("SMTP unavailable, %d mails wait: %s", len(waiting), self.failure)
        return report

    def _due(self) -> list[outbox.OutboxRow]:
        rows = outbox.due(self.store, self.now, skip=self.taken.keys())
        if self.closing:
            return rows
        # Acknowledgements wait for the end of the pass, to go out one per requester.
        return [row for row in rows if not held_back(row, self.now)]

    async def _take_when_durable(
        self, job: Callable[[], None], rows: list[outbox.OutboxRow]
    ) -> None:
        # If the disk fails, this task keeps its error: no more rows are taken, and
        # ``finish`` raises it.
        await asyncio.to_thread(job)
        self.syncing = None
        self._take(rows)

    def _take(self, rows: list[outbox.OutboxRow]) -> None:
        """Queue durable rows for the connections; open connections for them."""
        for row in rows:
            if row.key not in self.taken:
                self.taken[row.key] = row
                self.rows.append(row)
        self.more.set()
        self._open_another()

    def _open_another(self) -> None:
        """Open one more connection, if rows wait and none is being opened or has failed."""
        if self.connecting or self.failure is not None or not self.rows:
            return
        if len(self.workers) >= self.connections:
            return
        if not self.workers:
            crashpoint("before-send")
        self.connecting = True
        self.workers.append(asyncio.create_task(self._work()))

    async def _work(self) -> MailError | None:
        """Send rows over one connection until none is left; the error that ended it."""
        opened = False
        try:
            async with self.connect() as sink:
                opened, self.connecting = True, False
                while True:
                    if self.rows:
                        row = self.rows.popleft()
                        # What is left waits for another connection, if one may open.
                        self._open_another()
                        await self._one(sink, row)
                    elif self.closing:
                        return None
                    else:
                        self.more.clear()
                        await self.more.wait()
        except MailError as exc:
            if not opened:
                self.connecting = False
            if self.failure is None:
                self.failure = exc
            return exc

    async def _one(self, sink: MailSink, row: outbox.OutboxRow) -> None:
        if self._over_cap(row.recipients):
            _hold(self.store, row.key, self.now)
            self.report.held.append(row.key)
            return
        recipients = [r.lower() for r in row.recipients]
        self.in_flight.update(recipients)
        try:
            await self._send(sink, row)
        finally:
            self.in_flight.subtract(recipients)

    async def _send(self, sink: MailSink, row: outbox.OutboxRow) -> None:
        store, now, report = self.store, self.now, self.report
        try:
            await sink.send(
                row.bytes_to_send(self.mails.tokens),
                sender=row.sender,
                recipients=list(row.recipients),
            )
        except PermanentSendError as exc:
            with store.transaction() as tx:
                outbox.mark_failed(tx, row.key, now, str(exc))
                _party_unreachable(tx, row, now, str(exc), self.mails)
            report.failed.append(row.key)
            log.warning("mail %s refused for good: %s", row.key, exc)
            return
        except TransientSendError as exc:
            _retry(store, row, now, str(exc), report, self.mails)
            return
        crashpoint("after-smtp-accept")
        await self._record_sent(row)

    def _over_cap(self, recipients: tuple[str, ...]) -> bool:
        for r in recipients:
            doc = self.store.get(SEND_COUNTS, _day_key(r, self.now)) or {}
            if int(doc.get("count", 0)) + self.in_flight[r.lower()] >= self.daily_cap:
                return True
        return False

    async def _record_sent(self, row: outbox.OutboxRow) -> None:
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.accepted.append((row, done))
        if self.committer is None or self.committer.done():
            self.committer = asyncio.create_task(self._commit_accepted())
        await done

    async def _commit_accepted(self) -> None:
        # A task, so it runs after every connection whose answer is already in has
        # added its row: those rows share one commit.
        while self.accepted:
            group, self.accepted = self.accepted, []
            try:
                # Written, not waited for: a process crash keeps it, and a power loss
                # before ``finish`` syncs resends these mails with the same Message-ID.
                with self.store.transaction(durable=False) as tx:
                    for row, _ in group:
                        outbox.mark_sent(tx, row.key, self.now)
                        _count(tx, row.recipients, self.now)
            except Exception as exc:  # each connection waiting on it raises it
                for _, done in group:
                    done.set_exception(exc)
                continue
            for row, done in group:
                self.report.sent.append(row.key)
                done.set_result(None)


def _retry(
    store: StateStore,
    row: outbox.OutboxRow,
    now: datetime,
    error: str,
    report: SendReport,
    mails: MailSettings,
) -> None:
    with store.transaction() as tx:
        again = outbox.mark_retry(tx, row.key, now, error)
        if not again:
            _party_unreachable(tx, row, now, error, mails)
    (report.retried if again else report.failed).append(row.key)


def _party_unreachable(
    tx: Tables, row: outbox.OutboxRow, now: datetime, error: str, mails: MailSettings
) -> None:
    """Fail the party an opt-in or reminder was refused for; queue what the core says."""
    if row.kind not in ("opt_in", "reminder") or row.role not in ("a", "b"):
        return
    intro = load_intro(tx, row.intro_id)
    if intro is None:
        return
    side: Side = "a" if row.role == "a" else "b"
    # Keyed by the refused mail, so the core applies it once however often it is fed.
    event = DeliveryFailed(f"refused:{row.message_id}", side, reason=error[:200])
    new, commands = transition(intro, event, now)
    if new == intro and not commands:
        return
    save_intro(tx, new)
    for command in commands:
        outbox.queue(tx, compose(command, new, mails, now, event.message_id), now)
    log.warning("party %s of introduction %s cannot be reached: %s", side, intro.id, error)


def _hold(store: StateStore, key: str, now: datetime) -> None:
    """Defer a row to the next day (UTC), when the cap starts over."""
    tomorrow = datetime.combine(now.astimezone(UTC).date() + timedelta(days=1), datetime.min.time())
    with store.transaction() as tx:
        doc = tx.get(outbox.TABLE, key)
        if doc is not None:
            doc.update(
                next_attempt_at=tomorrow.replace(tzinfo=UTC).isoformat(),
                last_error="held: daily cap for a recipient reached",
            )
            tx.put(outbox.TABLE, key, doc)
