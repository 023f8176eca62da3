"""Mails to a requester that no introduction causes: answers to ``status`` and ``help``.

They are queued in the outbox like every other mail, keyed by the command message they
answer, so the same command delivered twice is answered once.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from agent.core.intro import Consent, Status
from agent.core.serialize import intro_from_dict
from agent.engine.mails import MailSettings, MailToSend, compose_plain
from agent.engine.tables import INTROS
from agent.message import Address
from agent.store.base import Tables

RECENTLY_CLOSED = 5


def compose_reply(
    settings: MailSettings,
    kind: str,
    to: Address,
    context: dict[str, Any],
    parent_id: str | None,
    event_id: str,
    now: datetime,
) -> MailToSend:
    """The ``kind`` mail to ``to``, in the thread of the message it answers."""
    key = f"reply:{event_id}:{kind}"
    full = {
        "agent_name": settings.name,
        "agent_address": settings.address,
        "requester_name": to.name.strip() or to.email,
        **context,
    }
    return compose_plain(
        settings,
        kind,
        to,
        full,
        key,
        now,
        role="requester",
        auto="auto-replied",
        in_reply_to=parent_id,
    )


def status_context(tables: Tables, requester: str) -> dict[str, Any]:
    """The requester's open and recently closed introductions, for the status mail."""
    open_items: list[dict[str, str]] = []
    closed: list[tuple[str, dict[str, str]]] = []
    for doc in tables.find(INTROS, "requester", requester.lower()).values():
        for derived in ("pair", "token_hashes"):
            doc.pop(derived, None)
        intro = intro_from_dict(doc)
        a, b = intro.a.person, intro.b.person
        item = {"id": intro.id, "a_name": a.own_label, "b_name": b.own_label}
        if intro.is_closed:
            item["status"] = str(intro.status).replace("_", " ")
            closed.append(((intro.closed_at or intro.updated_at).isoformat(), item))
            continue
        item["since"] = intro.created_at.strftime("%Y-%m-%d")
        if intro.status is Status.AWAITING_REQUESTER:
            item["waiting"] = "waiting for you to confirm the request"
        else:
            names = [
                intro.party(side).person.label
                for side in ("a", "b")
                if intro.party(side).consent is Consent.ASKED
            ]
            item["waiting"] = "waiting for " + " and ".join(names) if names else "in progress"
        open_items.append(item)
    closed.sort(reverse=True)
    return {
        "open": sorted(open_items, key=lambda i: i["since"]),
        "closed": [item for _, item in closed[:RECENTLY_CLOSED]],
    }
