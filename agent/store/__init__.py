"""The agent's crash-safe state store.

``open_store(path)`` returns the default backend, ``TinyDBStore``; code depends on the
``StateStore`` protocol (``agent.store.base``). Beside ``STORE`` (the snapshot, in
TinyDB's JSON layout) live ``STORE.journal`` (commits since the snapshot, one line
each), ``STORE.lock`` (held while the store is open), ``STORE.bak`` (the previous
snapshot) and ``STORE.journal.bak`` (the commits from ``STORE.bak`` to ``STORE``).
Back up and restore them together; ``STORE.bak`` put in place of a damaged ``STORE``
comes back up to date through the journals.

Tables the agent uses (each maps a string key to a JSON object the caller builds):

``intros``
    introduction id -> the introduction's state (parties, status, requester, history).
    Indexed by ``status`` and by ``requester`` (the requester's lower-cased address,
    whether stored as a string or as ``{"email": ...}``).
``outbox``
    outgoing mail id -> ``message_id``, the raw message (base64 or text), envelope,
    ``state`` (pending / sent / failed), ``attempts``, ``next_attempt_at``,
    ``intro_id``. Indexed by ``state`` and ``intro_id``. Written in the same
    transaction as the intro state that caused the mail.
``processed``
    message key (Message-ID, or sha256 of the raw bytes) -> folder, uidvalidity, uid,
    processed_at, outcome. Looked up by key.
``uid_ledger``
    ``"folder|uidvalidity"`` -> the highest IMAP uid seen.
``address_book``
    lower-cased address -> names seen, last seen.
``send_counts``
    ``"address|YYYY-MM-DD"`` -> mails sent to that address that day.
``digests``
    ``"address|YYYY-Www"`` -> message_id and sent_at of that week's digest.
``meta``
    ``"schema"`` -> ``{"version": N}``, kept by the store; a store from a newer schema
    is refused.
"""

from __future__ import annotations

import os

from agent.store.base import Document, IndexSpec, IndexValue, StateStore, Tables
from agent.store.tinydb_store import DEFAULT_INDEXES, SCHEMA_VERSION, TinyDBStore

__all__ = [
    "DEFAULT_INDEXES",
    "SCHEMA_VERSION",
    "Document",
    "IndexSpec",
    "IndexValue",
    "StateStore",
    "Tables",
    "TinyDBStore",
    "open_store",
]


def open_store(path: str | os.PathLike[str], *, indexes: IndexSpec | None = None) -> StateStore:
    """Open (or create) the store at ``path`` with the default backend.

    Raises ``StoreLocked`` if another process has it open, ``StoreCorrupt`` if the file
    is damaged, and ``StoreError`` if it cannot be used otherwise.
    """
    return TinyDBStore(path, indexes=indexes)
