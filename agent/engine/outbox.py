"""The outbox: mails written to the store in the same commit as the state that caused them.

A row is queued under its command key, so the same mail can never be queued twice; it
carries its final bytes (Message-ID included) before any attempt to send it, except
for a reply token, which is never stored: a marker stands in its place, and the sender
derives the token again (``token_key.py``) as it sends. The sender
marks a row sent only after the SMTP server accepted it. A crash between the server's
accept and that mark means the row is sent again on the next pass, with the same bytes
and the same Message-ID, so receiving clients show it once: the design chooses a
possible resend with the same Message-ID over a possible loss.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from agent.engine.mails import MailToSend
from agent.engine.token_key import MARKER, TokenKey
from agent.mail.compose import message_bytes
from agent.store.base import Document, Tables

TABLE = "outbox"
PENDING = "pending"
SENT = "sent"
FAILED = "failed"
# Carried by another mail that lists it with others (``ack_folding.py``).
FOLDED = "folded"
# Transient failures are retried with a doubling delay until this long after queueing.
RETRY_FOR = timedelta(days=2)
FIRST_RETRY = timedelta(minutes=1)
MAX_RETRY_DELAY = timedelta(hours=2)


@dataclass(frozen=True)
class OutboxRow:
    """One queued mail, as the sender needs it."""

    key: str
    message_id: str
    intro_id: str
    kind: str
    role: str
    sender: str
    recipients: tuple[str, ...]
    raw: bytes
    state: str
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    last_error: str
    # (introduction, event, role) of the token that replaces the marker when sending.
    token_ref: tuple[str, str, str] | None = None

    @classmethod
    def from_document(cls, key: str, doc: Document) -> OutboxRow:
        return cls(
            key=key,
            message_id=str(doc["message_id"]),
            intro_id=str(doc.get("intro_id") or ""),
            kind=str(doc.get("kind", "")),
            role=str(doc.get("role", "")),
            sender=str(doc["sender"]),
            recipients=tuple(str(r) for r in doc["recipients"]),
            raw=str(doc["raw"]).encode("ascii"),
            state=str(doc["state"]),
            attempts=int(doc.get("attempts", 0)),
            created_at=datetime.fromisoformat(str(doc["created_at"])),
            next_attempt_at=datetime.fromisoformat(str(doc["next_attempt_at"])),
            last_error=str(doc.get("last_error", "")),
            token_ref=_token_ref(doc.get("token_ref")),
        )

    def bytes_to_send(self, tokens: TokenKey) -> bytes:
        """The mail as it goes out: the marker replaced by the token it stands for."""
        if self.token_ref is None:
            return self.raw
        token = tokens.token(*self.token_ref)
        return self.raw.replace(MARKER.encode("ascii"), token.encode("ascii"))


def _token_ref(value: object) -> tuple[str, str, str] | None:
    if isinstance(value, list) and len(value) == 3:
        return (str(value[0]), str(value[1]), str(value[2]))
    return None


def queue(tx: Tables, item: MailToSend, now: datetime) -> bool:
    """Queue ``item`` unless a mail with its key was queued before; True when queued."""
    if tx.get(TABLE, item.key) is not None:
        return False
    raw = message_bytes(item.mail)
    doc: dict[str, Any] = {
        "message_id": item.mail.message_id,
        "intro_id": item.intro_id,
        "kind": item.kind,
        "role": item.role,
        "sender": item.mail.sender.email,
        "recipients": list(item.mail.envelope_recipients),
        # SMTP-policy bytes are 7-bit ASCII (non-ASCII is encoded), so they store as text.
        "raw": raw.decode("ascii"),
        "state": PENDING,
        "attempts": 0,
        "created_at": now.isoformat(),
        "next_attempt_at": now.isoformat(),
        "last_error": "",
    }
    if item.token_ref is not None:
        doc["token_ref"] = list(item.token_ref)
    if item.about is not None:
        doc["about"] = dict(item.about)
    tx.put(TABLE, item.key, doc)
    return True


def due(store: Tables, now: datetime, skip: Collection[str] = ()) -> list[OutboxRow]:
    """Pending rows whose next attempt is due, oldest first, except the keys in ``skip``."""
    pending = store.find(TABLE, "state", PENDING)
    rows = [OutboxRow.from_document(k, d) for k, d in pending.items() if k not in skip]
    return sorted((r for r in rows if r.next_attempt_at <= now), key=lambda r: r.created_at)


def next_due(store: Tables) -> datetime | None:
    """When the earliest pending row is due, or None."""
    rows = store.find(TABLE, "state", PENDING)
    times = [datetime.fromisoformat(str(d["next_attempt_at"])) for d in rows.values()]
    return min(times, default=None)


def mark_sent(tx: Tables, key: str, now: datetime) -> None:
    """Record that the server accepted the mail; its bytes are no longer needed.

    The row stays, Message-ID and all, so replies and bounces still find their
    introduction; dropping the bytes (and the names in ``about``) keeps the store from
    growing with every mail sent, and a forgotten person's name out of it.
    """
    doc = tx.get(TABLE, key)
    if doc is None:
        return
    doc.update(
        state=SENT,
        sent_at=now.isoformat(),
        attempts=int(doc.get("attempts", 0)) + 1,
        raw="",
    )
    doc.pop("about", None)
    tx.put(TABLE, key, doc)


def mark_folded(tx: Tables, key: str, into: str, now: datetime) -> None:
    """Record that the mail queued under ``into`` carries this row; it is not sent alone."""
    doc = tx.get(TABLE, key)
    if doc is None:
        return
    doc.update(state=FOLDED, folded_into=into, folded_at=now.isoformat(), raw="")
    doc.pop("about", None)
    tx.put(TABLE, key, doc)


def mark_retry(tx: Tables, key: str, now: datetime, error: str) -> bool:
    """Schedule another attempt after a transient failure; False once the deadline passed."""
    doc = tx.get(TABLE, key)
    if doc is None:
        return False
    attempts = int(doc.get("attempts", 0)) + 1
    created = datetime.fromisoformat(str(doc["created_at"]))
    if now - created >= RETRY_FOR:
        mark_failed(tx, key, now, f"gave up after {attempts} attempts: {error}")
        return False
    delay = min(FIRST_RETRY * (2 ** (attempts - 1)), MAX_RETRY_DELAY)
    doc.update(attempts=attempts, next_attempt_at=(now + delay).isoformat(), last_error=error)
    tx.put(TABLE, key, doc)
    return True


def mark_failed(tx: Tables, key: str, now: datetime, error: str) -> None:
    doc = tx.get(TABLE, key)
    if doc is None:
        return
    doc.update(
        state=FAILED,
        failed_at=now.isoformat(),
        last_error=error,
        attempts=int(doc.get("attempts", 0)) + 1,
    )
    tx.put(TABLE, key, doc)
