"""Send what the outbox holds: one SMTP connection for the batch, one commit per mail sent.

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

import logging
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from agent.core.events import DeliveryFailed
from agent.core.intro import Side
from agent.core.transition import transition
from agent.engine import outbox
from agent.engine.crashpoints import crashpoint
from agent.engine.mails import MailSettings, compose
from agent.engine.tables import SEND_COUNTS, load_intro, save_intro
from agent.errors import MailError, PermanentSendError, TransientSendError
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


def _over_cap(store: Tables, recipients: tuple[str, ...], now: datetime, cap: int) -> bool:
    return any(
        int((store.get(SEND_COUNTS, _day_key(r, now)) or {}).get("count", 0)) >= cap
        for r in recipients
    )


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
) -> SendReport:
    """Send every due row of the outbox over one connection."""
    report = SendReport()
    rows = outbox.due(store, now)
    if not rows:
        return report
    crashpoint("before-send")
    try:
        async with connect() as sink:
            for row in rows:
                if _over_cap(store, row.recipients, now, daily_cap):
                    _hold(store, row.key, now)
                    report.held.append(row.key)
                    continue
                try:
                    await sink.send(
                        row.bytes_to_send(mails.tokens),
                        sender=row.sender,
                        recipients=list(row.recipients),
                    )
                except PermanentSendError as exc:
                    with store.transaction() as tx:
                        outbox.mark_failed(tx, row.key, now, str(exc))
                        _party_unreachable(tx, row, now, str(exc), mails)
                    report.failed.append(row.key)
                    log.warning("mail %s refused for good: %s", row.key, exc)
                    continue
                except TransientSendError as exc:
                    _retry(store, row, now, str(exc), report, mails)
                    continue
                crashpoint("after-smtp-accept")
                with store.transaction() as tx:
                    outbox.mark_sent(tx, row.key, now)
                    _count(tx, row.recipients, now)
                report.sent.append(row.key)
    except MailError as exc:
        # The connection could not be made or was lost: everything not sent waits.
        done = {*report.sent, *report.failed, *report.held, *report.retried}
        for row in rows:
            if row.key not in done:
                _retry(store, row, now, str(exc), report, mails)
        log.warning("SMTP unavailable, %d mails wait: %s", len(rows) - len(done), exc)
    return report


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
