"""Random runs of introductions keep their promises, whatever order events come in.

Hypothesis drives one introduction through random events (replies of every kind,
confirmations, corrections, cancels, bounces, ticks at increasing times and replays of
earlier messages) and checks the invariants after every step. Runs per test:
``$INTRO_AGENT_CORE_EXAMPLES`` (default 200).
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from agent.core.commands import (
    Command,
    SendClarification,
    SendIntroduction,
    SendReminder,
)
from agent.core.events import (
    Answer,
    CancelRequested,
    DeliveryFailed,
    Event,
    PartyReplied,
    RequesterConfirmed,
    RequesterCorrected,
    Tick,
)
from agent.core.intake import new_intro
from agent.core.intro import SIDES, Consent, Intro, Person, Side, Status, other_side
from agent.core.policy import Policy
from agent.core.tokens import token_matches
from agent.core.transition import transition
from tests.agent.core.builders import ALICE, BOB, REQUESTER, T0, request, tokens

EXAMPLES = int(os.environ.get("INTRO_AGENT_CORE_EXAMPLES", "200"))
CAROL = Person("Carol Cole", "carol@example.org")
ANSWERS = [Answer.YES, Answer.UNCLEAR, Answer.UNCLEAR, Answer.AUTO_REPLY, Answer.NO]
RARELY = 4

policies = st.builds(
    Policy,
    ask=st.sampled_from(["both", "sequential"]),
    reminder_after_days=st.sampled_from([0.5, 1.0, 3.0]),
    max_reminders=st.integers(0, 3),
    expire_after_days=st.sampled_from([2.0, 7.0, 14.0]),
    requester_copy=st.sampled_from(["cc", "bcc", "none"]),
)


def _strings(value: Any) -> list[str]:
    """Every text a command carries, however deeply nested."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, tuple):
        return [s for item in value for s in _strings(item)]
    return []


class IntroductionMachine(RuleBasedStateMachine):
    """One introduction, its clock and everything it ever asked the edges to do."""

    def __init__(self) -> None:
        super().__init__()
        self.now = T0
        self.serial = 0
        self.sent: list[Command] = []
        self.events: list[tuple[Event, datetime]] = []
        self.yes_ids: dict[Side, set[str]] = {"a": set(), "b": set()}
        self.final: Status | None = None

    @initialize(
        policy=policies,
        confident=st.booleans(),
        requester_side=st.sampled_from([None, "a", "b"]),
    )
    def start(self, policy: Policy, confident: bool, requester_side: Side | None) -> None:
        req = request(
            confident=confident,
            a=REQUESTER if requester_side == "a" else ALICE,
            b=REQUESTER if requester_side == "b" else BOB,
        )
        self.intro, commands = new_intro(req, "M1", self.now, tokens(), policy)
        self.sent.extend(commands)

    def _message_id(self, kind: str) -> str:
        self.serial += 1
        return f"<{kind}-{self.serial}@example.test>"

    def _apply(self, event: Event) -> tuple[Intro, tuple[Command, ...]]:
        before = self.intro
        self.intro, commands = transition(before, event, self.now)
        self.sent.extend(commands)
        self.events.append((event, self.now))
        if before.status.is_final:
            assert self.intro is before and commands == ()
        self._check_confidentiality(commands)
        return before, commands

    def _check_confidentiality(self, commands: tuple[Command, ...]) -> None:
        for command in commands:
            if isinstance(command, SendIntroduction):
                continue
            for side in SIDES:
                party = self.intro.party(side).person
                if party.key == REQUESTER.key or party.email not in command.recipients:
                    continue
                hidden = self.intro.party(other_side(side)).person.email.lower()
                assert not any(hidden in s.lower() for s in _strings(command)), command

    # Unclear answers come more often than closing ones, so runs live long enough to get
    # through clarifications and reminders; cancels and bounces are drawn rarely for the same
    # reason.
    @rule(side=st.sampled_from(SIDES), answer=st.sampled_from(ANSWERS))
    def party_replies(self, side: Side, answer: Answer) -> None:
        message_id = self._message_id(f"reply-{side}")
        event = PartyReplied(message_id, side, answer, f"{answer} words", tokens())
        if answer is Answer.YES:
            self.yes_ids[side].add(message_id)
        self._apply(event)

    @rule()
    def requester_confirms(self) -> None:
        self._apply(RequesterConfirmed(self._message_id("confirm"), tokens()))

    @rule(side=st.sampled_from(SIDES))
    def requester_corrects(self, side: Side) -> None:
        fix = request(b=CAROL).b
        event = RequesterCorrected(
            self._message_id("correct"), tokens(), **{side: fix}, context="corrected"
        )
        self._apply(event)

    @rule(now=st.integers(0, RARELY))
    def requester_cancels(self, now: int) -> None:
        if now == 0:
            self._apply(CancelRequested(self._message_id("cancel")))

    @rule(side=st.sampled_from(SIDES), now=st.integers(0, RARELY))
    def opt_in_bounces(self, side: Side, now: int) -> None:
        if now == 0:
            self._apply(DeliveryFailed(self._message_id("bounce"), side))

    @rule(hours=st.sampled_from([0, 1, 12, 24, 36, 24 * 3, 24 * 8]))
    def time_passes(self, hours: int) -> None:
        self.now += timedelta(hours=hours)
        deadline = self.intro.next_deadline()
        before, _ = self._apply(Tick(tokens()))
        # The scheduler ticks an introduction only once its deadline has passed: a tick
        # before then must change nothing, and one after it must change something.
        due = deadline is not None and deadline <= self.now
        assert (self.intro is not before) == due

    @rule(data=st.data())
    def a_message_comes_again(self, data: st.DataObject) -> None:
        if not self.events:
            return
        event, _ = data.draw(st.sampled_from(self.events))
        message_id = getattr(event, "message_id", None)
        before, commands = self._apply(event)
        if message_id is not None and message_id in before.applied:
            assert self.intro is before and commands == ()

    @invariant()
    def final_states_stay_final(self) -> None:
        if self.final is not None:
            assert self.intro.status is self.final
        elif self.intro.status.is_final:
            self.final = self.intro.status
            assert self.intro.closed_at is not None

    @invariant()
    def introduced_once_and_only_after_two_explicit_yeses(self) -> None:
        introductions = [c for c in self.sent if isinstance(c, SendIntroduction)]
        assert len(introductions) <= 1
        assert (self.intro.status is Status.COMPLETED) == (len(introductions) == 1)
        if not introductions:
            return
        for side in SIDES:
            party = self.intro.party(side)
            assert party.consent is Consent.YES
            if party.person.key == REQUESTER.key:
                assert not party.was_asked
            else:
                assert party.answer_message_id in self.yes_ids[side]
                assert party.answer_message_id in self.intro.applied

    @invariant()
    def bounded_reminders_and_clarifications(self) -> None:
        reminders = Counter(c.party for c in self.sent if isinstance(c, SendReminder))
        assert all(n <= self.intro.policy.max_reminders for n in reminders.values())
        clarifications = Counter(c.party for c in self.sent if isinstance(c, SendClarification))
        assert all(n <= 1 for n in clarifications.values())

    @invariant()
    def every_command_is_new_to_the_outbox(self) -> None:
        keys = [c.key for c in self.sent]
        assert len(keys) == len(set(keys))

    @invariant()
    def closed_introductions_hold_no_live_tokens(self) -> None:
        if self.intro.is_closed:
            for command in self.sent:
                token = getattr(command, "token", None)
                if token is not None:
                    assert not token_matches(self.intro, "requester", token)
                    assert not any(token_matches(self.intro, s, token) for s in SIDES)

    @invariant()
    def derived_views_agree_with_the_state(self) -> None:
        deadline = self.intro.next_deadline()
        if self.intro.is_closed:
            assert deadline is None and self.intro.waiting_on == ()
        else:
            assert self.intro.waiting_on != ()
            assert deadline is not None


IntroductionMachine.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=30, deadline=None
)
TestIntroductionMachine = IntroductionMachine.TestCase
