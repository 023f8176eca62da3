"""Time-driven steps: reminders and expiry, applied to every open introduction that is due.

Only open introductions are read (through the status index), so the cost follows the
number of introductions in progress, not the size of the store.
"""

from __future__ import annotations

from datetime import datetime

from agent.core.events import Tick
from agent.core.intro import Status
from agent.core.transition import transition
from agent.engine import outbox
from agent.engine.inbound import Environment
from agent.engine.mails import compose
from agent.engine.tables import INTROS, load_intro, save_intro
from agent.store.base import StateStore

OPEN = (Status.AWAITING_REQUESTER, Status.AWAITING_PARTIES)


def open_intro_ids(store: StateStore) -> list[str]:
    return [key for status in OPEN for key in store.find(INTROS, "status", str(status))]


def run_due(store: StateStore, env: Environment, now: datetime) -> list[str]:
    """Apply a tick to every open introduction whose next deadline has passed; one commit."""
    changed: list[str] = []
    with store.transaction() as tx:
        for intro_id in open_intro_ids(store):
            intro = load_intro(tx, intro_id)
            if intro is None:
                continue
            deadline = intro.next_deadline()
            if deadline is None or deadline > now:
                continue
            tick_id = f"tick:{now.isoformat()}"
            new, commands = transition(intro, Tick(tokens=env.draw_tokens(intro_id, tick_id)), now)
            if new == intro and not commands:
                continue
            save_intro(tx, new)
            for command in commands:
                outbox.queue(tx, compose(command, new, env.mails, now, tick_id), now)
            changed.append(intro_id)
    return changed


def next_wakeup(store: StateStore) -> datetime | None:
    """The earliest time a tick or the outbox has something to do."""
    times = [outbox.next_due(store)]
    for intro_id in open_intro_ids(store):
        intro = load_intro(store, intro_id)
        if intro is not None:
            times.append(intro.next_deadline())
    return min((t for t in times if t is not None), default=None)
