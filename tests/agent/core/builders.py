"""Shared test values: people, a fixed clock, deterministic tokens and ready-made introductions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from itertools import count
from typing import TypeVar

from agent.core.commands import (
    AcknowledgeRequest,
    AskRequesterToConfirm,
    Command,
    Notice,
    NotifyRequester,
    SendClarification,
    SendClosingNote,
    SendIntroduction,
    SendOptIn,
    SendReminder,
)
from agent.core.events import (
    Answer,
    CancelRequested,
    DeliveryFailed,
    IntroRequest,
    PartyReplied,
    PartyRequest,
    RequesterConfirmed,
    Tick,
)
from agent.core.intake import new_intro
from agent.core.intro import Intro, Person, Side
from agent.core.policy import Policy
from agent.core.tokens import TokenSource

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
REQUESTER = Person("Rita Requester", "rita@example.org")
ALICE = Person("Alice Archer", "alice@example.com")
BOB = Person("Bob Baker", "bob@example.net")

# One command of each type, as the outbox would hold them.
COMMAND_EXAMPLES: tuple[Command, ...] = (
    AcknowledgeRequest("K7Q2", REQUESTER, "Alice", "Bob"),
    AskRequesterToConfirm("K7Q2", REQUESTER, ALICE, BOB, "why", "t" * 22),
    SendOptIn("K7Q2", "a", ALICE, "Bob", "Rita", "why", "t" * 22),
    SendReminder("K7Q2", "b", BOB, "Alice", "Rita", "why", "t" * 22, 2),
    SendClarification("K7Q2", "a", ALICE, "Bob", "t" * 22),
    SendIntroduction("K7Q2", ALICE, BOB, REQUESTER, "cc", "why", "why a", "why b"),
    SendClosingNote("K7Q2", "b", BOB),
    NotifyRequester("K7Q2", REQUESTER, Notice.DECLINED, "a", "Alice", "no thanks"),
)

_serial = count(1)
C = TypeVar("C")


def tokens(seed: int | None = None) -> TokenSource:
    """A token source whose tokens differ from every other source's in the test run."""
    n = next(_serial) if seed is None else seed
    return TokenSource(
        requester=f"requester-token-{n:012d}",
        a=f"party-a-token-{n:014d}",
        b=f"party-b-token-{n:014d}",
    )


def days(n: float) -> timedelta:
    return timedelta(days=n)


def request(
    *,
    confident: bool = True,
    a: Person = ALICE,
    b: Person = BOB,
    requester: Person = REQUESTER,
    context: str = "Both build mail tools.",
    context_a: str = "",
    context_b: str = "",
) -> IntroRequest:
    return IntroRequest(
        message_id="<request@example.org>",
        requester=requester,
        a=PartyRequest(a, context_a),
        b=PartyRequest(b, context_b),
        context=context,
        confident=confident,
    )


def started(
    policy: Policy | None = None, req: IntroRequest | None = None, at: datetime = T0
) -> tuple[Intro, tuple[Command, ...]]:
    """A new introduction with the short id K7Q2, made from ``req`` (default: ``request()``)."""
    return new_intro(req or request(), "K7Q2", at, tokens(), policy or Policy())


def reply(side: Side, answer: Answer, message_id: str, words: str = "") -> PartyReplied:
    return PartyReplied(
        message_id=message_id,
        party=side,
        answer=answer,
        words=words or str(answer),
        tokens=tokens(),
    )


def confirm(message_id: str = "<confirm@example.org>") -> RequesterConfirmed:
    return RequesterConfirmed(message_id=message_id, tokens=tokens())


def cancel(message_id: str = "<cancel@example.org>") -> CancelRequested:
    return CancelRequested(message_id=message_id, reason="changed my mind")


def bounce(side: Side, message_id: str = "<bounce@mailer.example>") -> DeliveryFailed:
    return DeliveryFailed(message_id=message_id, party=side, reason="550 no such user")


def tick() -> Tick:
    return Tick(tokens=tokens())


def of_type(commands: Iterable[Command], cls: type[C]) -> list[C]:
    """The commands of one type, in order."""
    return [c for c in commands if isinstance(c, cls)]
