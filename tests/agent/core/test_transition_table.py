"""Every status against every kind of event: ``transition`` always answers, finals stay final."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

import pytest

from agent.core.events import EVENT_TYPES, Answer, Event, RequesterCorrected
from agent.core.intro import SIDES, Intro, Person, Status
from agent.core.policy import Policy
from agent.core.transition import transition
from tests.agent.core.builders import (
    T0,
    bounce,
    cancel,
    confirm,
    days,
    reply,
    request,
    started,
    tick,
    tokens,
)

SOON = T0 + days(1)
LATE = T0 + days(20)
CAROL = Person("Carol Cole", "carol@example.org")


def _closed_by(event: Event, at: datetime = SOON) -> Intro:
    intro, _ = started()
    closed, _ = transition(intro, event, at)
    return closed


def _both_yes() -> Intro:
    intro, _ = started()
    intro, _ = transition(intro, reply("a", Answer.YES, "<ya@x>"), SOON)
    intro, _ = transition(intro, reply("b", Answer.YES, "<yb@x>"), SOON)
    return intro


STATES: dict[str, Intro] = {
    "awaiting_requester": started(req=request(confident=False))[0],
    "awaiting_both": started()[0],
    "awaiting_first_of_sequence": started(Policy(ask="sequential"))[0],
    "completed": _both_yes(),
    "declined": _closed_by(reply("a", Answer.NO, "<na@x>")),
    "expired": _closed_by(tick(), LATE),
    "cancelled": _closed_by(cancel()),
    "failed": _closed_by(bounce("b")),
}


def _events() -> dict[str, tuple[Event, datetime]]:
    events: dict[str, tuple[Event, datetime]] = {
        "confirm": (confirm("<ok@x>"), SOON),
        "correct": (
            RequesterCorrected(
                message_id="<fix@x>", tokens=tokens(), b=request(b=CAROL).b, context="New"
            ),
            SOON,
        ),
        "cancel": (cancel("<stop@x>"), SOON),
        "tick_soon": (tick(), SOON),
        "tick_late": (tick(), LATE),
    }
    for side in SIDES:
        for answer in Answer:
            events[f"reply_{side}_{answer}"] = (reply(side, answer, f"<{side}-{answer}@x>"), SOON)
        events[f"bounce_{side}"] = (bounce(side, f"<bounce-{side}@x>"), SOON)
    return events


EVENTS = _events()
A = Status.AWAITING_PARTIES
IGNORED = None

# What each open state becomes; None: the event is ignored (same intro, no commands).
EXPECTED: dict[str, dict[str, Status | None]] = {
    "awaiting_requester": {
        "confirm": A,
        "correct": A,
        "cancel": Status.CANCELLED,
        "tick_late": Status.EXPIRED,
    },
    "awaiting_both": {
        "reply_a_yes": A,
        "reply_a_no": Status.DECLINED,
        "reply_a_unclear": A,
        "reply_a_auto_reply": A,
        "reply_b_yes": A,
        "reply_b_no": Status.DECLINED,
        "reply_b_unclear": A,
        "reply_b_auto_reply": A,
        "cancel": Status.CANCELLED,
        "bounce_a": Status.FAILED,
        "bounce_b": Status.FAILED,
        "tick_late": Status.EXPIRED,
    },
    "awaiting_first_of_sequence": {
        "reply_a_yes": A,
        "reply_a_no": Status.DECLINED,
        "reply_a_unclear": A,
        "reply_a_auto_reply": A,
        "cancel": Status.CANCELLED,
        "bounce_a": Status.FAILED,
        "tick_late": Status.EXPIRED,
    },
}


def test_the_tables_cover_every_status_and_every_event_type() -> None:
    assert {i.status for i in STATES.values()} == set(Status)
    assert {type(e) for e, _ in EVENTS.values()} == set(EVENT_TYPES)
    assert {name for name, _ in EVENTS.items()} >= {k for t in EXPECTED.values() for k in t}


@pytest.mark.parametrize("state", sorted(STATES))
@pytest.mark.parametrize("event_name", sorted(EVENTS))
def test_every_state_answers_every_event(state: str, event_name: str) -> None:
    intro = STATES[state]
    event, at = EVENTS[event_name]
    after, commands = transition(intro, event, at)
    if intro.status.is_final:
        assert after is intro and commands == ()
        return
    expected = EXPECTED[state].get(event_name, IGNORED)
    if expected is IGNORED:
        assert after is intro and commands == ()
        return
    assert after.status is expected
    assert after.updated_at == at
    assert all(c.intro_id == intro.id for c in commands)
    assert len({c.key for c in commands}) == len(commands)
    if hasattr(event, "message_id"):
        assert after.applied == (*intro.applied, event.message_id)
    # Applying the same event again is the identity.
    assert transition(after, event, at) == (after, ())


@pytest.mark.parametrize("state", sorted(STATES))
def test_an_object_that_is_no_event_is_ignored(state: str) -> None:
    intro = STATES[state]
    stranger = cast(Any, "not an event")
    assert transition(intro, stranger, SOON) == (intro, ())
