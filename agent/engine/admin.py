"""What the owner does from the command line: list, show, cancel and forget.

These read and write the same store as the daemon, under the same lock, so they can
not race it: while the daemon runs they exit with the lock's error.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from agent.core.events import CancelRequested
from agent.core.intro import Intro, Person
from agent.core.transition import transition
from agent.engine import outbox
from agent.engine.inbound import Environment
from agent.engine.mails import compose
from agent.engine.tables import (
    ADDRESS_BOOK,
    INTROS,
    OUTBOX,
    SEND_COUNTS,
    load_intro,
    save_intro,
)
from agent.store.base import StateStore

FORGOTTEN = "forgotten"


def summary(intro: Intro) -> dict[str, Any]:
    """One introduction in a line's worth of fields (``list --json`` prints these)."""
    return {
        "id": intro.id,
        "status": str(intro.status),
        "requester": intro.requester.email,
        "a": {
            "name": intro.a.person.name,
            "email": intro.a.person.email,
            "consent": str(intro.a.consent),
        },
        "b": {
            "name": intro.b.person.name,
            "email": intro.b.person.email,
            "consent": str(intro.b.consent),
        },
        "created_at": intro.created_at.isoformat(),
        "updated_at": intro.updated_at.isoformat(),
        "waiting_on": list(intro.waiting_on),
    }


def all_intros(store: StateStore) -> list[Intro]:
    intros = [load_intro(store, key) for key in store.keys(INTROS)]
    return sorted((i for i in intros if i is not None), key=lambda i: i.created_at)


def list_line(intro: Intro) -> str:
    waiting = ", ".join(intro.waiting_on) or "-"
    return (
        f"{intro.id}  {intro.status:<18}  {intro.created_at:%Y-%m-%d}  "
        f"{intro.a.person.label} <> {intro.b.person.label}  "
        f"(for {intro.requester.email}; waiting on: {waiting})"
    )


def show_text(intro: Intro) -> str:
    """The whole history of one introduction, consents with the words used."""
    lines = [
        f"Introduction {intro.id}: {intro.status}",
        f"  requester: {_person(intro.requester)}",
    ]
    for side in ("a", "b"):
        party = intro.party(side)
        lines.append(f"  {side}: {_person(party.person)}  consent: {party.consent}")
        if party.answer_words:
            lines.append(f"     words: {party.answer_words!r}")
    if intro.context:
        lines.append(f"  context: {intro.context}")
    lines.append(
        f"  created {intro.created_at.isoformat()}, updated {intro.updated_at.isoformat()}"
    )
    lines.append("  history:")
    for entry in intro.history:
        extra = " ".join(
            part
            for part in (
                f"[{entry.role}]" if entry.role else "",
                f"words={entry.words!r}" if entry.words else "",
                entry.note,
                f"(message {entry.message_id})" if entry.message_id else "",
            )
            if part
        )
        lines.append(f"    {entry.at.isoformat()}  {entry.kind}  {extra}".rstrip())
    return "\n".join(lines)


def _person(person: Person) -> str:
    return f"{person.name} <{person.email}>" if person.name else f"<{person.email}>"


def cancel(store: StateStore, env: Environment, intro_id: str, now: datetime) -> list[str]:
    """Cancel an open introduction; return the keys of the notes queued (sent next pass)."""
    with store.transaction() as tx:
        intro = load_intro(tx, intro_id)
        if intro is None:
            raise KeyError(intro_id)
        if intro.is_closed:
            raise ValueError(f"introduction {intro_id} is already {intro.status}")
        event = CancelRequested(
            message_id=f"cli-cancel:{intro_id}", reason="cancelled by the owner"
        )
        new, commands = transition(intro, event, now)
        save_intro(tx, new)
        queued = []
        for command in commands:
            item = compose(command, new, env.mails, now, event.message_id)
            if outbox.queue(tx, item, now):
                queued.append(item.key)
    return queued


def forget(store: StateStore, address: str) -> tuple[int, list[str]]:
    """Remove ``address`` from the address book and closed introductions.

    Returns how many closed introductions were scrubbed and the ids of open ones that
    still involve the address (those are left alone: cancel them first). Sent mails
    that mention the address leave the outbox; mails still to be sent stay until sent.
    The store's files (backups and journals included) no longer hold what was forgotten
    once this returns.
    """
    key = address.strip().lower()
    scrubbed = 0
    still_open: list[str] = []
    with store.transaction() as tx:
        tx.delete(ADDRESS_BOOK, key)
        for intro in all_intros(store):
            people = (intro.requester, intro.a.person, intro.b.person)
            if key not in (p.key for p in people):
                continue
            if not intro.is_closed:
                still_open.append(intro.id)
                continue
            save_intro(tx, _scrub(intro, key))
            scrubbed += 1
        for count_key in store.keys(SEND_COUNTS):
            if count_key.startswith(key + "|"):
                tx.delete(SEND_COUNTS, count_key)
        # Mails already sent to or about the person: their bytes hold the address.
        for row_key, row in store.all(OUTBOX).items():
            mentions = key in str(row.get("raw", "")).lower() or key in [
                str(r).lower() for r in row.get("recipients", [])
            ]
            if row.get("state") != outbox.PENDING and mentions:
                tx.delete(OUTBOX, row_key)
    # The journal and the backup copies still hold the old text: compacting twice
    # leaves a store, a backup and a journal that all postdate the scrub.
    compact = getattr(store, "compact", None)
    if callable(compact):
        compact()
        compact()
    return scrubbed, still_open


def _scrub(intro: Intro, key: str) -> Intro:
    def clean(person: Person) -> Person:
        return Person(FORGOTTEN, f"{FORGOTTEN}@invalid") if person.key == key else person

    a = replace(intro.a, person=clean(intro.a.person), answer_words="")
    b = replace(intro.b, person=clean(intro.b.person), answer_words="")
    history = tuple(replace(e, words="") for e in intro.history)
    return replace(intro, requester=clean(intro.requester), a=a, b=b, history=history)
