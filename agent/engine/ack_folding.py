"""One acknowledgement per requester and pass, however many requests they sent.

A requester who forwards a dozen requests at once, or whose requests piled up while the
agent was down, wants one mail saying what was received, not a dozen. The sender holds
back the acknowledgements queued during a pass; at its end, those of one requester are
folded into a single mail listing every request with its reference. The folded rows
stay in the outbox, marked ``folded`` with the key of the mail that carries them, so
nothing is queued, and nothing sent, twice.

Only acknowledgements queued in this same pass are folded: those could not yet have
reached a server. An older one, waiting for a retry or left by a crash after the
server accepted it, keeps its own mail, so no request is acknowledged twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import datetime

from agent.engine import outbox
from agent.engine.mails import MailSettings, MailToSend, compose_plain
from agent.message import Address
from agent.store.base import Document, StateStore

KIND = "acknowledge"
FOLDED_KIND = "acknowledge_many"


def held_back(row: outbox.OutboxRow, now: datetime) -> bool:
    """Whether the sender keeps ``row`` until the pass of ``now`` ends, to fold it."""
    return row.kind == KIND and row.created_at == now


def fold_acknowledgements(
    store: StateStore, settings: MailSettings, now: datetime, skip: Collection[str] = ()
) -> list[str]:
    """Fold each requester's acknowledgements of this pass into one mail; its keys.

    One durable commit queues the new mails and marks the rows they carry, so a crash
    leaves either the separate acknowledgements or the folded mail, never both.
    """
    stamp = now.isoformat()
    groups: defaultdict[tuple[str, ...], list[tuple[str, Document]]] = defaultdict(list)
    # In the order they were queued, which is the order the requests were read.
    for key, doc in store.find(outbox.TABLE, "state", outbox.PENDING).items():
        if key in skip or doc.get("kind") != KIND or doc.get("created_at") != stamp:
            continue
        if isinstance(doc.get("about"), dict):
            groups[tuple(str(r).lower() for r in doc["recipients"])].append((key, doc))
    folds = [rows for rows in groups.values() if len(rows) > 1]
    if not folds:
        return []
    queued: list[str] = []
    with store.transaction() as tx:
        for rows in folds:
            item = _folded_mail(settings, rows, now)
            if not outbox.queue(tx, item, now):
                continue
            for key, _ in rows:
                outbox.mark_folded(tx, key, item.key, now)
            queued.append(item.key)
    return queued


def _folded_mail(
    settings: MailSettings, rows: list[tuple[str, Document]], now: datetime
) -> MailToSend:
    abouts = [doc["about"] for _, doc in rows]
    items = [
        {"id": str(a["id"]), "a_name": str(a["a_name"]), "b_name": str(a["b_name"])} for a in abouts
    ]
    first_key, first = rows[0]
    to = Address(str(abouts[0].get("requester_name", "")), str(first["recipients"][0]))
    context = {
        "agent_name": settings.name,
        "agent_address": settings.address,
        "requester_name": to.name.strip() or to.email,
        "items": items,
    }
    # The first row's key names the fold: a row is folded at most once.
    key = f"{first_key}:folded-{len(rows)}"
    return compose_plain(
        settings, FOLDED_KIND, to, context, key, now, role="requester", auto="auto-replied"
    )
