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

from agent.core.intro import Intro
from agent.engine import outbox
from agent.engine.mails import MailSettings, MailToSend, compose_plain
from agent.engine.tables import load_intro
from agent.message import Address
from agent.store.base import StateStore

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
    groups: defaultdict[tuple[str, ...], list[outbox.OutboxRow]] = defaultdict(list)
    for row in outbox.due(store, now, skip):
        if held_back(row, now):
            groups[tuple(r.lower() for r in row.recipients)].append(row)
    folds = [rows for rows in groups.values() if len(rows) > 1]
    if not folds:
        return []
    queued: list[str] = []
    with store.transaction() as tx:
        for rows in folds:
            # A row whose introduction is gone keeps its own mail.
            found = [(row, intro) for row in rows if (intro := load_intro(tx, row.intro_id))]
            if len(found) < 2:
                continue
            item = _folded_mail(settings, found, now)
            if not outbox.queue(tx, item, now):
                continue
            for row, _ in found:
                outbox.mark_folded(tx, row.key, item.key, now)
            queued.append(item.key)
    return queued


def _folded_mail(
    settings: MailSettings, found: list[tuple[outbox.OutboxRow, Intro]], now: datetime
) -> MailToSend:
    requester = found[0][1].requester
    items = [
        {"id": intro.id, "a_name": intro.a.person.label, "b_name": intro.b.person.label}
        for _, intro in found
    ]
    context = {
        "agent_name": settings.name,
        "agent_address": settings.address,
        "requester_name": requester.label,
        "items": items,
    }
    # The first row's key names the fold: a row is folded at most once.
    key = f"{found[0][0].key}:folded-{len(found)}"
    to = Address(requester.name, requester.email)
    return compose_plain(
        settings, FOLDED_KIND, to, context, key, now, role="requester", auto="auto-replied"
    )
