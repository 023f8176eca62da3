"""How the engine keeps its state in the store: table names, indexes and intro documents.

Introductions are stored as the core serialises them, plus a few derived fields the
indexes read (the pair of parties, every live token hash). The indexes make each lookup
the engine does per message a dictionary access, whatever the store's size.
"""

from __future__ import annotations

import secrets
from typing import Any

from agent.core.intro import Intro
from agent.core.serialize import intro_from_dict, intro_to_dict
from agent.store.base import Document, IndexSpec, Tables

INTROS = "intros"
OUTBOX = "outbox"
PROCESSED = "processed"
ADDRESS_BOOK = "address_book"
META = "meta"
POISON = "poison"
SEND_COUNTS = "send_counts"
# Open introduction id -> {"due": ISO time of its next deadline}: the scheduler reads
# these small documents instead of every open introduction.
SCHEDULE = "schedule"


def pair_key(a_email: str, b_email: str) -> str:
    """The same key for (a, b) and (b, a)."""
    first, second = sorted((a_email.strip().lower(), b_email.strip().lower()))
    return f"{first}|{second}"


def _open_pair(doc: Document) -> Any:
    # Only open introductions block a new request for the same pair.
    if doc.get("status") not in ("awaiting_requester", "awaiting_parties"):
        return None
    return doc.get("pair")


def _requester(doc: Document) -> Any:
    requester = doc.get("requester")
    return str(requester.get("email", "")).lower() if isinstance(requester, dict) else None


INDEXES: IndexSpec = {
    INTROS: {
        "status": "status",
        "requester": _requester,
        "open_pair": _open_pair,
        "token": "token_hashes",
    },
    OUTBOX: {"state": "state", "intro_id": "intro_id", "message_id": "message_id"},
}


def save_intro(tx: Tables, intro: Intro) -> None:
    """Write the introduction with the derived fields its indexes read."""
    doc = intro_to_dict(intro)
    doc["pair"] = pair_key(intro.a.person.email, intro.b.person.email)
    hashes = [*intro.a.token_hashes, *intro.b.token_hashes]
    if intro.requester_token_hash:
        hashes.append(intro.requester_token_hash)
    # A closed introduction's tokens are useless; leave them out of the index.
    doc["token_hashes"] = [] if intro.is_closed else hashes
    tx.put(INTROS, intro.id, doc)
    deadline = intro.next_deadline()
    if deadline is None:
        tx.delete(SCHEDULE, intro.id)
    else:
        tx.put(SCHEDULE, intro.id, {"due": deadline.isoformat()})


def load_intro(tables: Tables, intro_id: str) -> Intro | None:
    doc = tables.get(INTROS, intro_id)
    if doc is None:
        return None
    for derived in ("pair", "token_hashes"):
        doc.pop(derived, None)
    return intro_from_dict(doc)


def id_secret(tables: Tables) -> str:
    """The store's secret for Message-IDs, made on first use."""
    doc = tables.get(META, "secrets")
    if doc is not None:
        return str(doc["message_id"])
    value = secrets.token_hex(16)
    tables.put(META, "secrets", {"message_id": value})
    return value
