"""What comes into the core: the request that creates an introduction, and the events that move it.

Events are facts already established by the edges: a reply event names the party it
came from (matched by In-Reply-To/References or token, and checked against the address
that was asked) and what the words meant. Every event caused by a message carries that
message's id, which the introduction remembers, so applying the same message twice
changes nothing. Events that may hand out a token carry a ``TokenSource`` of fresh ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from agent.core.intro import Person, Side
from agent.core.tokens import TokenSource


class Answer(StrEnum):
    """What a party's reply meant."""

    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"
    AUTO_REPLY = "auto_reply"


@dataclass(frozen=True)
class PartyRequest:
    """One person to introduce, as the requester named them."""

    person: Person
    # Why this person should meet the other, as told to them; empty: the shared context.
    context: str = ""


@dataclass(frozen=True)
class IntroRequest:
    """A request to introduce two people, understood from one message of an allowed requester."""

    message_id: str
    requester: Person
    a: PartyRequest
    b: PartyRequest
    context: str
    # False when the understanding is unsure of the parties: the requester confirms first.
    confident: bool = True


@dataclass(frozen=True)
class RequesterConfirmed:
    """The requester confirmed the introduction as the agent understood it."""

    message_id: str
    tokens: TokenSource


@dataclass(frozen=True)
class RequesterCorrected:
    """The requester corrected the parties (None: that side stays as it was) and so confirmed."""

    message_id: str
    tokens: TokenSource
    a: PartyRequest | None = None
    b: PartyRequest | None = None
    context: str | None = None


@dataclass(frozen=True)
class PartyReplied:
    """A party answered; ``words`` are the words the answer was read from."""

    message_id: str
    party: Side
    answer: Answer
    words: str
    tokens: TokenSource


@dataclass(frozen=True)
class CancelRequested:
    """The requester withdrew the introduction."""

    message_id: str
    reason: str = ""


@dataclass(frozen=True)
class DeliveryFailed:
    """A bounce says a mail asking this party could not be delivered."""

    message_id: str
    party: Side
    reason: str = ""


@dataclass(frozen=True)
class Tick:
    """Time passed; the time itself is the ``now`` given to ``transition``.

    A tick may send reminders, each with a fresh token, hence ``tokens``.
    """

    tokens: TokenSource


Event = (
    RequesterConfirmed | RequesterCorrected | PartyReplied | CancelRequested | DeliveryFailed | Tick
)
EVENT_TYPES: tuple[type[Event], ...] = (
    RequesterConfirmed,
    RequesterCorrected,
    PartyReplied,
    CancelRequested,
    DeliveryFailed,
    Tick,
)
