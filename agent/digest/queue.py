"""Queue the weekly digests that are due, each exactly once, and render one on demand.

Exactly once, across crashes and repeated runs, rests on three writes made in one store
transaction per pass: each digest's outbox row (keyed ``digest:{email}:{YYYY-Www}``, so
the outbox refuses a second one and a resend after a crash carries the same bytes and
Message-ID), its line in the ``digests`` table (``email|YYYY-Www`` -> message_id,
queued_at) and, once every recipient of the week is decided, the week's own line
(``week|YYYY-Www``). A crash before the commit leaves none of them, so the next pass
does it all again; after the commit, the week's line makes every later pass of that
week a single look-up.

Recipients are the requesters of all introductions. A digest that fails to render (a
broken template override) is logged and left out; the week stays undecided, so the
next pass tries that one again while the others are already queued.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from agent.config import DigestSection
from agent.core.intro import Intro
from agent.core.serialize import intro_from_dict
from agent.digest.content import Digest, build_digest
from agent.digest.context import digest_context
from agent.digest.owner import OwnerDigest, build_owner_digest, owner_context
from agent.digest.schedule import (
    IsoWeek,
    Schedule,
    digest_key,
    due_digests,
    normal,
    now_key,
    owner_digest_key,
    owner_record_key,
    record_key,
    week_done_key,
)
from agent.engine import outbox
from agent.engine.mails import MailSettings, MailToSend, compose_plain
from agent.engine.tables import INTROS
from agent.errors import AgentError
from agent.message import Address
from agent.store.base import Document, StateStore, Tables

log = logging.getLogger(__name__)

DIGESTS = "digests"
KIND = "digest"
OWNER_KIND = "digest_owner"


class HasMails(Protocol):
    """What rendering needs of the engine's environment: how the agent writes mail."""

    @property
    def mails(self) -> MailSettings: ...


Requesters = dict[str, tuple[str, list[Intro]]]
"""Lower-cased address -> (display name, that requester's introductions)."""


def _intro(key: str, doc: Document) -> Intro | None:
    for derived in ("pair", "token_hashes"):
        doc.pop(derived, None)
    try:
        return intro_from_dict(doc)
    except ValueError as exc:
        # One damaged record must not stop everyone's digest; it is reported instead.
        log.error("introduction %s left out of the digests: %s", key, exc)
        return None


def intros_of(tables: Tables, email: str) -> list[Intro]:
    """The introductions ``email`` requested, through the requester index."""
    found = tables.find(INTROS, "requester", normal(email))
    return [i for k, d in found.items() if (i := _intro(k, d)) is not None]


def requesters(tables: Tables) -> Requesters:
    """Every requester with their introductions, from one read of the table."""
    groups: Requesters = {}
    for key, doc in tables.all(INTROS).items():
        intro = _intro(key, doc)
        if intro is None:
            continue
        groups.setdefault(intro.requester.key, ("", []))[1].append(intro)
    for email, (_, intros) in groups.items():
        groups[email] = (display_name(intros), intros)
    return groups


def display_name(intros: Sequence[Intro]) -> str:
    """The name the requester last signed with, or empty."""
    named = [i for i in intros if i.requester.name.strip()]
    latest = max(named, key=lambda i: (i.created_at, i.id), default=None)
    return "" if latest is None else latest.requester.name.strip()


def compose_digest(
    settings: MailSettings,
    kind: str,
    to: Address,
    context: Mapping[str, Any],
    key: str,
    now: datetime,
) -> MailToSend:
    """The ``kind`` mail to ``to`` under the outbox key ``key``."""
    role = "owner" if kind == OWNER_KIND else "requester"
    return compose_plain(settings, kind, to, context, key, now, role=role, auto="auto-generated")


def _requester_mail(
    env: HasMails,
    email: str,
    name: str,
    digest: Digest,
    schedule: Schedule,
    key: str,
    now: datetime,
) -> MailToSend:
    settings = env.mails
    context = digest_context(
        digest,
        schedule.tz,
        agent_name=settings.name,
        agent_address=settings.address,
        requester_name=name or email,
    )
    return compose_digest(settings, KIND, Address(name, email), context, key, now)


def render_digest(
    store: Tables,
    env: HasMails,
    recipient: str,
    now: datetime,
    *,
    schedule: Schedule | None = None,
    end: datetime | None = None,
    key: str | None = None,
) -> MailToSend:
    """``recipient``'s digest for the week up to ``end`` (default ``now``), unqueued.

    For previews and on-demand digests; rendered even when empty. ``key`` defaults to
    the weekly key of the week ``now`` falls in.
    """
    schedule = schedule or Schedule()
    email = normal(recipient)
    intros = intros_of(store, email)
    digest = build_digest(intros, end=end or now, as_of=now, tz=schedule.tz)
    key = key or digest_key(email, schedule.local_week(now))
    return _requester_mail(env, email, display_name(intros), digest, schedule, key, now)


def render_owner_digest(
    store: Tables,
    env: HasMails,
    owner: str,
    now: datetime,
    *,
    schedule: Schedule | None = None,
    end: datetime | None = None,
    key: str | None = None,
) -> MailToSend:
    """The owner's digest for the week up to ``end`` (default ``now``), unqueued."""
    schedule = schedule or Schedule()
    digest = build_owner_digest(requesters(store), end=end or now, as_of=now, tz=schedule.tz)
    return _owner_mail(env, owner, digest_owner_context(env, digest, schedule), key, schedule, now)


def digest_owner_context(env: HasMails, digest: OwnerDigest, schedule: Schedule) -> dict[str, Any]:
    return owner_context(
        digest, schedule.tz, agent_name=env.mails.name, agent_address=env.mails.address
    )


def _owner_mail(
    env: HasMails,
    owner: str,
    context: Mapping[str, Any],
    key: str | None,
    schedule: Schedule,
    now: datetime,
) -> MailToSend:
    key = key or owner_digest_key(schedule.local_week(now))
    return compose_digest(env.mails, OWNER_KIND, Address("", owner.strip()), context, key, now)


def _record(tx: Tables, record: str, item: MailToSend, now: datetime) -> bool:
    """Queue ``item`` and record it under ``record``; True when the outbox took it.

    Should the outbox hold the key without a record (a record deleted by hand), the
    mail is not queued again and the record is written, so the two agree from then on.
    """
    queued = outbox.queue(tx, item, now)
    tx.put(
        DIGESTS,
        record,
        {"message_id": item.mail.message_id, "queued_at": now.isoformat(), "key": item.key},
    )
    return queued


def queue_due_digests(
    store: StateStore,
    env: HasMails,
    now: datetime,
    digest_cfg: DigestSection,
    agent_timezone: str,
) -> list[str]:
    """Queue every digest due at ``now`` in one transaction; the outbox keys queued."""
    schedule = Schedule.from_config(digest_cfg, agent_timezone)
    week = schedule.latest_due_week(now)
    if store.get(DIGESTS, week_done_key(week)) is not None:
        return []
    with store.transaction() as tx:
        return _queue_week(tx, env, now, schedule, week, digest_cfg)


def _queue_week(
    tx: Tables,
    env: HasMails,
    now: datetime,
    schedule: Schedule,
    week: IsoWeek,
    cfg: DigestSection,
) -> list[str]:
    if tx.get(DIGESTS, week_done_key(week)) is not None:
        return []
    _, end = schedule.period(week)
    groups = requesters(tx)
    digests = {
        email: build_digest(intros, end=end, as_of=now, tz=schedule.tz)
        for email, (_, intros) in groups.items()
    }
    recorded = {
        record_key(email, week)
        for email in groups
        if tx.get(DIGESTS, record_key(email, week)) is not None
    }
    due = due_digests(
        now,
        schedule,
        groups,
        recorded,
        lambda email, _week: not digests[email].is_empty,
        send_when_empty=cfg.send_when_empty,
    )
    queued: list[str] = []
    failed = 0
    for item in due:
        try:
            mail = _requester_mail(
                env, item.email, groups[item.email][0], digests[item.email], schedule, item.key, now
            )
        except (AgentError, ValueError) as exc:
            failed += 1
            log.error("digest %s not queued, will be tried again: %s", item.key, exc)
            continue
        if _record(tx, item.record, mail, now):
            queued.append(item.key)
    if cfg.owner and tx.get(DIGESTS, owner_record_key(week)) is None:
        owner = build_owner_digest(groups, end=end, as_of=now, tz=schedule.tz)
        if cfg.send_when_empty or not owner.is_empty:
            try:
                context = digest_owner_context(env, owner, schedule)
                mail = _owner_mail(env, cfg.owner, context, owner_digest_key(week), schedule, now)
            except (AgentError, ValueError) as exc:
                failed += 1
                log.error(
                    "owner digest for %s not queued, will be tried again: %s", week.label, exc
                )
            else:
                if _record(tx, owner_record_key(week), mail, now):
                    queued.append(mail.key)
    if not failed:
        tx.put(DIGESTS, week_done_key(week), {"decided_at": now.isoformat(), "queued": queued})
    return queued


def queue_digest_now(
    store: StateStore, env: HasMails, recipient: str, now: datetime, schedule: Schedule
) -> tuple[str, bool]:
    """Queue ``recipient``'s digest of the seven days up to ``now``, outside the schedule.

    Its key is the weekly key with a time suffix (``agent.digest.schedule.now_key``) and
    nothing is written to ``digests``, so the scheduled digest of the week still goes.
    Returns the key and whether it was queued (False: the same second asked already).
    """
    email = normal(recipient)
    key = now_key(email, schedule.local_week(now), now)
    with store.transaction() as tx:
        item = render_digest(tx, env, email, now, schedule=schedule, key=key)
        return key, outbox.queue(tx, item, now)
