"""Read the inbox: fetch, process and commit each message, then move it out of the inbox.

The order is what makes the inbox safe: a message's effects are committed to the store
(with the message's key, and its UID in the ledger for this folder and UIDVALIDITY)
before it is moved. Each message's commit is written at once but made durable with the
rest of its batch (one wait for the disk per batch, before the batch is moved, and
before any mail it queued is sent: see ``sending.Sender``). After a crash between the
commit and the move, the ledger says the UID was handled and the message is only
moved; after a UIDVALIDITY change the ledger no longer applies, but the message key
(its Message-ID) does, so nothing is done twice. A message whose processing fails three
times is moved to the quarantine folder and the loop goes on.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from agent.engine.crashpoints import crashpoint
from agent.engine.inbound import Environment, Outcome, already_processed, message_key
from agent.engine.inbound import process_message as route_message
from agent.engine.tables import POISON, PROCESSED
from agent.mail.imap_source import FetchedMessage
from agent.message import parse_message
from agent.store.base import StateStore, Tables

log = logging.getLogger(__name__)

LEDGER = "uid_ledger"
POISON_CAP = 3
BATCH = 50


class MailSource(Protocol):
    """Where mail comes from: the IMAP source, or the demo's local mailboxes."""

    def uids_after(self, uid: int) -> list[int]: ...

    def fetch_uids(self, uids: list[int]) -> list[FetchedMessage]: ...

    def move_to_processed(self, uids: list[int]) -> None: ...

    def move_to_quarantine(self, uids: list[int]) -> None: ...


@dataclass
class IngestReport:
    """What one read of the inbox did."""

    fetched: int = 0
    processed: int = 0
    duplicates: int = 0
    quarantined: int = 0
    failed: int = 0
    outcomes: list[Outcome] = field(default_factory=list)


def ledger_key(folder: str, uidvalidity: int) -> str:
    return f"{folder}|{uidvalidity}"


def ingest_steps(
    source: MailSource,
    store: StateStore,
    env: Environment,
    now: datetime,
    report: IngestReport,
    *,
    folder: str,
    uidvalidity: int,
) -> Iterator[None]:
    """Process everything in the inbox once, into ``report``, pausing after each
    message's commit so the caller can send meanwhile."""
    lkey = ledger_key(folder, uidvalidity)
    ledger = store.get(LEDGER, lkey) or {"committed": []}
    committed = {int(u) for u in ledger.get("committed", [])}
    uids = source.uids_after(0)
    # Committed before a crash but never moved: move them, without fetching again.
    leftovers = [u for u in uids if u in committed]
    if leftovers:
        source.move_to_processed(leftovers)
    _forget_moved(store, lkey, set(leftovers))
    todo = [u for u in uids if u not in committed]
    for start in range(0, len(todo), BATCH):
        batch = source.fetch_uids(todo[start : start + BATCH])
        report.fetched += len(batch)
        to_processed: list[int] = []
        to_quarantine: list[int] = []
        for fetched in batch:
            target = _one(store, env, fetched, now, lkey, report)
            if target == "processed":
                to_processed.append(fetched.uid)
            elif target == "quarantine":
                to_quarantine.append(fetched.uid)
            yield
        # The commits above need not have waited for the disk; a message leaves the
        # inbox only once its effects are durable.
        store.sync()
        crashpoint("after-commit-before-move")
        if to_processed:
            source.move_to_processed(to_processed)
        if to_quarantine:
            source.move_to_quarantine(to_quarantine)
        _forget_moved(store, lkey, {*to_processed, *to_quarantine})


def _one(
    store: StateStore,
    env: Environment,
    fetched: FetchedMessage,
    now: datetime,
    lkey: str,
    report: IngestReport,
) -> str | None:
    """Handle one fetched message; return where to move it, or None to leave it."""
    message = parse_message(fetched.raw)
    key = message_key(message.message_id, fetched.raw)
    if already_processed(store, key):
        report.duplicates += 1
        with store.transaction(durable=False) as tx:
            _ledger_add(tx, lkey, fetched.uid)
        return "processed"
    if fetched.oversize:
        with store.transaction(durable=False) as tx:
            tx.put(PROCESSED, key, _record(now, fetched, "quarantined", "over the size limit"))
            _ledger_add(tx, lkey, fetched.uid)
        report.quarantined += 1
        return "quarantine"
    try:
        with store.transaction(durable=False) as tx:
            source = {"folder": "", "uid": fetched.uid, "uidvalidity": fetched.uidvalidity}
            outcome = route_message(tx, env, message, key, now, source, fetched.raw)
            _ledger_add(tx, lkey, fetched.uid)
            crashpoint("before-commit")
    except Exception as exc:  # a bug or bad input must not stop the loop: count and go on
        return _failed(store, key, fetched, now, lkey, exc, report)
    report.processed += 1
    report.outcomes.append(outcome)
    log.info("message uid %s: %s %s", fetched.uid, outcome.action, outcome.detail)
    return "processed"


def _failed(
    store: StateStore,
    key: str,
    fetched: FetchedMessage,
    now: datetime,
    lkey: str,
    exc: Exception,
    report: IngestReport,
) -> str | None:
    error = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    log.error("message uid %s failed: %s", fetched.uid, error)
    with store.transaction() as tx:
        doc = tx.get(POISON, key) or {"attempts": 0}
        attempts = int(doc["attempts"]) + 1
        tx.put(POISON, key, {"attempts": attempts, "last_error": error, "at": now.isoformat()})
        if attempts < POISON_CAP:
            report.failed += 1
            return None
        detail = f"failed {attempts} times: {error}"
        tx.put(PROCESSED, key, _record(now, fetched, "quarantined", detail))
        _ledger_add(tx, lkey, fetched.uid)
    report.quarantined += 1
    return "quarantine"


def _record(now: datetime, fetched: FetchedMessage, action: str, detail: str) -> dict[str, object]:
    return {
        "processed_at": now.isoformat(),
        "action": action,
        "detail": detail,
        "uid": fetched.uid,
        "uidvalidity": fetched.uidvalidity,
        "intro_ids": [],
    }


def _ledger_add(tx: Tables, lkey: str, uid: int) -> None:
    doc = tx.get(LEDGER, lkey) or {"committed": []}
    committed = {int(u) for u in doc.get("committed", [])}
    committed.add(uid)
    tx.put(LEDGER, lkey, {"committed": sorted(committed)})


def _forget_moved(store: StateStore, lkey: str, uids: set[int]) -> None:
    """Drop UIDs from the ledger once they are out of the folder (keeps the ledger short)."""
    if not uids:
        return
    doc = store.get(LEDGER, lkey)
    if doc is None:
        return
    remaining = [int(u) for u in doc.get("committed", []) if int(u) not in uids]
    store.put(LEDGER, lkey, {"committed": remaining})
