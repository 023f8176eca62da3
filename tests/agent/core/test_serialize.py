"""Introductions and commands survive a trip through JSON; damaged records are refused."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.core.commands import COMMAND_TYPES, Command
from agent.core.events import Answer, Event
from agent.core.intro import SIDES, Intro
from agent.core.policy import Policy
from agent.core.serialize import (
    command_from_dict,
    command_to_dict,
    intro_from_dict,
    intro_to_dict,
)
from agent.core.transition import transition
from tests.agent.core.builders import (
    COMMAND_EXAMPLES,
    T0,
    bounce,
    cancel,
    confirm,
    days,
    reply,
    request,
    started,
    tick,
)

EXAMPLE_COUNT = int(os.environ.get("INTRO_AGENT_CORE_EXAMPLES", "200"))


def through_json(data: dict[str, Any]) -> Any:
    return json.loads(json.dumps(data))


events = st.one_of(
    st.builds(
        lambda side, answer, n: reply(side, answer, f"<r{n}@x>", f"words {n} ✓"),
        st.sampled_from(SIDES),
        st.sampled_from(list(Answer)),
        st.integers(0, 10**6),
    ),
    st.just(confirm()),
    st.just(cancel()),
    st.sampled_from(SIDES).map(bounce),
    st.just(tick()),
)


@settings(max_examples=EXAMPLE_COUNT, deadline=None)
@given(
    confident=st.booleans(),
    sequential=st.booleans(),
    steps=st.lists(st.tuples(events, st.integers(0, 24 * 5)), max_size=12),
)
def test_every_introduction_along_a_run_round_trips(
    confident: bool, sequential: bool, steps: list[tuple[Event, int]]
) -> None:
    policy = Policy(ask="sequential" if sequential else "both")
    intro, commands = started(policy, request(confident=confident))
    seen: list[Intro] = [intro]
    sent: list[Command] = list(commands)
    now = T0
    for event, hours in steps:
        now += days(hours / 24)
        intro, commands = transition(intro, event, now)
        seen.append(intro)
        sent.extend(commands)
    for each in seen:
        assert intro_from_dict(through_json(intro_to_dict(each))) == each
    for command in sent:
        assert command_from_dict(through_json(command_to_dict(command))) == command


def test_every_command_type_round_trips() -> None:
    assert {type(c) for c in COMMAND_EXAMPLES} == set(COMMAND_TYPES)
    for command in COMMAND_EXAMPLES:
        data = through_json(command_to_dict(command))
        assert data["type"] == type(command).__name__
        assert command_from_dict(data) == command


def test_the_stored_form_is_plain_and_names_its_version() -> None:
    intro, _ = started()
    data = intro_to_dict(intro)
    assert data["version"] == 1
    assert data["status"] == "awaiting_parties"
    assert data["a"]["consent"] == "asked"
    assert data["created_at"] == "2026-01-05T09:00:00+00:00"
    assert through_json(data) == data


def _damaged(change: str) -> dict[str, Any]:
    data: dict[str, Any] = through_json(intro_to_dict(started()[0]))
    match change:
        case "version":
            data["version"] = 99
        case "status":
            data["status"] = "pending"
        case "naive time":
            data["created_at"] = "2026-01-05T09:00:00"
        case "bad time":
            data["a"]["asked_at"] = "yesterday"
        case "missing field":
            del data["b"]["consent"]
        case "bool as count":
            data["a"]["reminders_sent"] = True
        case "policy":
            data["policy"]["ask"] = "everyone"
        case "role":
            data["history"][0]["role"] = "bystander"
        case "applied":
            data["applied"] = ["<ok@x>", 7]
    return data


@pytest.mark.parametrize(
    "change",
    [
        "version",
        "status",
        "naive time",
        "bad time",
        "missing field",
        "bool as count",
        "policy",
        "role",
        "applied",
    ],
)
def test_damaged_introductions_are_refused(change: str) -> None:
    with pytest.raises(ValueError):
        intro_from_dict(_damaged(change))


def test_an_introduction_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(ValueError, match="expected an object"):
        intro_from_dict(["not", "an", "intro"])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"type": "SendPostcard"}, "unknown type"),
        ({"party": "c"}, "expected one of"),
        ({"to": "alice@example.com"}, "expected an object"),
        ({"token": None}, "expected str"),
        ({"extra": 1}, "unknown fields"),
    ],
)
def test_damaged_commands_are_refused(change: dict[str, Any], message: str) -> None:
    data = command_to_dict(COMMAND_EXAMPLES[2]) | change
    with pytest.raises(ValueError, match=message):
        command_from_dict(data)


def test_a_command_missing_a_field_is_refused() -> None:
    data = command_to_dict(COMMAND_EXAMPLES[-1])
    del data["notice"]
    with pytest.raises(ValueError, match="notice: missing"):
        command_from_dict(data)
