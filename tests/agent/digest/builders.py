"""Introductions in every state, made by the real core at chosen times, for digest tests."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any

from agent.core import (
    Answer,
    CancelRequested,
    DeliveryFailed,
    Intro,
    IntroRequest,
    PartyReplied,
    PartyRequest,
    Person,
    Policy,
    Tick,
    TokenSource,
    new_intro,
    transition,
)
from agent.core.events import Event

ANN = Person("Ann Lee", "ann@example.test")
CARL = Person("Carl Diaz", "carl@example.test")
DORA = Person("Dora Quiet", "dora@example.test")
POLICY = Policy()
_serial = itertools.count(1)


def tokens() -> TokenSource:
    n = next(_serial)
    return TokenSource(f"r{n:031d}", f"a{n:031d}", f"b{n:031d}")


def _step(intro: Intro, event: Event, at: datetime) -> Intro:
    new, _ = transition(intro, event, at)
    assert new != intro, f"{event!r} changed nothing"
    return new


def requested(
    intro_id: str,
    at: datetime,
    *,
    requester: Person = ANN,
    a: str = "Alice Smith",
    b: str = "Bob Jones",
    confident: bool = True,
) -> Intro:
    """An introduction just requested: both parties asked (or the requester, if unsure)."""
    slug = intro_id.lower()
    request = IntroRequest(
        message_id=f"<req-{slug}@client.example>",
        requester=requester,
        a=PartyRequest(Person(a, f"a-{slug}@example.test")),
        b=PartyRequest(Person(b, f"b-{slug}@example.test")),
        context="they should meet",
        confident=confident,
    )
    intro, _ = new_intro(request, intro_id, at, tokens(), POLICY)
    return intro


def answered(intro: Intro, side: str, answer: Answer, at: datetime) -> Intro:
    event = PartyReplied(
        message_id=f"<{intro.id}-{side}-{answer}@client.example>",
        party="a" if side == "a" else "b",
        answer=answer,
        words=f"secret words of {side}",
        tokens=tokens(),
    )
    return _step(intro, event, at)


def completed(intro_id: str, at: datetime, closed: datetime, **names: Any) -> Intro:
    intro = answered(requested(intro_id, at, **names), "a", Answer.YES, at + timedelta(minutes=5))
    return answered(intro, "b", Answer.YES, closed)


def declined(intro_id: str, at: datetime, closed: datetime, side: str = "b", **names: Any) -> Intro:
    return answered(requested(intro_id, at, **names), side, Answer.NO, closed)


def expired(intro_id: str, at: datetime, *, silent: str = "both", **names: Any) -> Intro:
    """Expired after the policy's 14 days; ``silent`` is "a", "b" or "both"."""
    intro = requested(intro_id, at, **names)
    if silent in ("a", "b"):
        other = "b" if silent == "a" else "a"
        intro = answered(intro, other, Answer.YES, at + timedelta(hours=1))
    return _step(intro, Tick(tokens()), at + POLICY.expire_after)


def reminded(intro_id: str, at: datetime, times: int, **names: Any) -> Intro:
    """Open, with ``times`` reminders sent to both parties."""
    intro = requested(intro_id, at, **names)
    for n in range(1, times + 1):
        intro = _step(intro, Tick(tokens()), at + POLICY.reminder_after * n)
    return intro


def cancelled(intro_id: str, at: datetime, closed: datetime, **names: Any) -> Intro:
    event = CancelRequested(message_id=f"<{intro_id}-cancel@client.example>")
    return _step(requested(intro_id, at, **names), event, closed)


def failed(intro_id: str, at: datetime, closed: datetime, side: str = "a", **names: Any) -> Intro:
    event = DeliveryFailed(
        message_id=f"<{intro_id}-bounce@mx.example>", party="a" if side == "a" else "b"
    )
    return _step(requested(intro_id, at, **names), event, closed)
