"""Time-driven steps: reminders and expiry, applied to every open introduction that is due.

``save_intro`` keeps each open introduction's next deadline in the small ``schedule``
table, so a pass reads those few fields and loads only the introductions that are due:
its cost does not grow with the number of introductions stored, or even open.
"""

from __future__ import annotations

from datetime import datetime

from agent.core.events import Tick
from agent.core.transition import transition
from agent.engine import outbox
from agent.engine.inbound import Environment
from agent.engine.mails import compose
from agent.engine.tables import SCHEDULE, load_intro, save_intro
from agent.store.base import StateStore


def due_intro_ids(store: StateStore, now: datetime) -> list[str]:
    """Open introductions whose next deadline is ``now`` or earlier."""
    return [
        intro_id
        for intro_id, doc in store.all(SCHEDULE).items()
        if datetime.fromisoformat(str(doc["due"])) <= now
    ]


def run_due(store: StateStore, env: Environment, now: datetime) -> list[str]:
    """Apply a tick to every open introduction whose next deadline has passed; one commit."""
    changed: list[str] = []
    due = due_intro_ids(store, now)
    if not due:
        return changed
    with store.transaction() as tx:
        for intro_id in due:
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
    times += [datetime.fromisoformat(str(doc["due"])) for doc in store.all(SCHEDULE).values()]
    return min((t for t in times if t is not None), default=None)
