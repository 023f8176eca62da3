"""Send what the outbox holds: one SMTP connection for the batch, one commit per mail sent.

A row is marked sent right after the server accepted it. 4xx answers, time-outs and
dropped connections are transient: the row is tried again later with a growing delay,
until its deadline. A 5xx answer is permanent: the row fails. A cap on mails to one
address per day holds back the rest, so a robot that answers every mail cannot start
an endless exchange.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from agent.engine import outbox
from agent.engine.tables import SEND_COUNTS
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
) -> SendReport:
    """Send every due row of the outbox over one connection."""
    report = SendReport()
    rows = outbox.due(store, now)
    if not rows:
        return report
    try:
        async with connect() as sink:
            for row in rows:
                if _over_cap(store, row.recipients, now, daily_cap):
                    _hold(store, row.key, now)
                    report.held.append(row.key)
                    continue
                try:
                    await sink.send(row.raw, sender=row.sender, recipients=list(row.recipients))
                except PermanentSendError as exc:
                    with store.transaction() as tx:
                        outbox.mark_failed(tx, row.key, now, str(exc))
                    report.failed.append(row.key)
                    log.warning("mail %s refused for good: %s", row.key, exc)
                    continue
                except TransientSendError as exc:
                    _retry(store, row.key, now, str(exc), report)
                    continue
                with store.transaction() as tx:
                    outbox.mark_sent(tx, row.key, now)
                    _count(tx, row.recipients, now)
                report.sent.append(row.key)
    except MailError as exc:
        # The connection could not be made or was lost: everything not sent waits.
        done = {*report.sent, *report.failed, *report.held, *report.retried}
        for row in rows:
            if row.key not in done:
                _retry(store, row.key, now, str(exc), report)
        log.warning("SMTP unavailable, %d mails wait: %s", len(rows) - len(done), exc)
    return report


def _retry(store: StateStore, key: str, now: datetime, error: str, report: SendReport) -> None:
    with store.transaction() as tx:
        again = outbox.mark_retry(tx, key, now, error)
    (report.retried if again else report.failed).append(key)


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
