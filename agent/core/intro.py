"""The introduction as the core sees it: an immutable value that every transition replaces.

Like a Mailman workflow, an introduction is persisted as its whole state: who the
parties are, what each consented to and with which words, the hashed tokens handed out,
the message ids already applied and a history of what happened when. "Who acts next"
(``waiting_on``), "next step" (``next_step``) and "when the scheduler should look again"
(``next_deadline``) are derived from that state rather than stored, so they can never
disagree with it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Literal

from agent.core.policy import Policy

Side = Literal["a", "b"]
Role = Literal["requester", "a", "b"]
SIDES: tuple[Side, Side] = ("a", "b")


def other_side(side: Side) -> Side:
    """The party on the other side of the introduction."""
    return "b" if side == "a" else "a"


class Status(StrEnum):
    """Where an introduction stands; the last five are final."""

    AWAITING_REQUESTER = "awaiting_requester"
    AWAITING_PARTIES = "awaiting_parties"
    COMPLETED = "completed"
    DECLINED = "declined"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    FAILED = "failed"

    @property
    def is_final(self) -> bool:
        return self not in (Status.AWAITING_REQUESTER, Status.AWAITING_PARTIES)


class Consent(StrEnum):
    """One party's consent to be introduced."""

    NOT_ASKED = "not_asked"
    ASKED = "asked"
    YES = "yes"
    NO = "no"
    NO_ANSWER = "no_answer"


class Step(StrEnum):
    """What the introduction waits for next."""

    REQUESTER_CONFIRMATION = "requester_confirmation"
    PARTY_ANSWERS = "party_answers"


@dataclass(frozen=True)
class Person:
    """Someone the agent writes to: a display name (may be empty) and an address."""

    name: str
    email: str

    @property
    def key(self) -> str:
        """The address as compared: lower-cased, surrounding space removed."""
        return self.email.strip().lower()

    @property
    def label(self) -> str:
        """How to name this person to someone else without giving their address away."""
        return self.name.strip() or "someone"

    @property
    def own_label(self) -> str:
        """How to name this person to themselves, or to whoever gave their address."""
        return self.name.strip() or self.email


@dataclass(frozen=True)
class Party:
    """One side of the introduction and everything known about their consent."""

    person: Person
    # Why this party should meet the other, as told to this party; empty: the shared context.
    context: str = ""
    consent: Consent = Consent.NOT_ASKED
    # Hashes of every token handed to this party; all match until the introduction closes.
    token_hashes: tuple[str, ...] = ()
    asked_at: datetime | None = None
    # The last mail that asked this party for an answer (opt-in, reminder or clarification):
    # reminders count from it, so a party just clarified to is not reminded at once.
    prompted_at: datetime | None = None
    reminders_sent: int = 0
    clarified: bool = False
    unclear_replies: int = 0
    answered_at: datetime | None = None
    answer_message_id: str | None = None
    answer_words: str = ""
    delivery_failed: bool = False

    @property
    def was_asked(self) -> bool:
        """True once an opt-in went to this party (a requester who is a party never is)."""
        return self.asked_at is not None


@dataclass(frozen=True)
class HistoryEntry:
    """One line of an introduction's history, as ``intro-agent show`` prints it."""

    at: datetime
    kind: str
    role: Role | None = None
    message_id: str | None = None
    words: str = ""
    note: str = ""


@dataclass(frozen=True)
class Intro:
    """An introduction: two parties, a requester, their consents and the way there."""

    id: str
    requester: Person
    a: Party
    b: Party
    context: str
    status: Status
    policy: Policy
    created_at: datetime
    updated_at: datetime
    request_message_id: str
    requester_token_hash: str | None = None
    closed_at: datetime | None = None
    # Message ids already applied: the same message applied twice changes nothing.
    applied: tuple[str, ...] = ()
    history: tuple[HistoryEntry, ...] = ()

    def party(self, side: Side) -> Party:
        return self.a if side == "a" else self.b

    def with_party(self, side: Side, party: Party) -> Intro:
        return replace(self, a=party) if side == "a" else replace(self, b=party)

    def context_for(self, side: Side) -> str:
        """Why this party should meet the other: their own context, else the shared one."""
        return self.party(side).context or self.context

    @property
    def is_closed(self) -> bool:
        return self.status.is_final

    @property
    def requester_side(self) -> Side | None:
        """The side the requester is on, when they asked to be introduced themselves."""
        for side in SIDES:
            if self.party(side).person.key == self.requester.key:
                return side
        return None

    @property
    def waiting_on(self) -> tuple[Role, ...]:
        """Who must act for the introduction to move on (empty once it is closed)."""
        if self.status is Status.AWAITING_REQUESTER:
            return ("requester",)
        if self.status is Status.AWAITING_PARTIES:
            return tuple(s for s in SIDES if self.party(s).consent is Consent.ASKED)
        return ()

    @property
    def next_step(self) -> Step | None:
        if self.status is Status.AWAITING_REQUESTER:
            return Step.REQUESTER_CONFIRMATION
        if self.status is Status.AWAITING_PARTIES:
            return Step.PARTY_ANSWERS
        return None

    def reminder_due(self, side: Side) -> datetime | None:
        """When the next reminder to this party is due, or None if none will be sent."""
        party = self.party(side)
        if (
            self.status is not Status.AWAITING_PARTIES
            or party.consent is not Consent.ASKED
            or party.prompted_at is None
            or party.reminders_sent >= self.policy.max_reminders
        ):
            return None
        return party.prompted_at + self.policy.reminder_after

    def expiry_due(self) -> datetime | None:
        """When the introduction expires if nobody acts, or None once it is closed."""
        if self.status is Status.AWAITING_REQUESTER:
            return self.created_at + self.policy.expire_after
        if self.status is not Status.AWAITING_PARTIES:
            return None
        due = [
            p.asked_at + self.policy.expire_after
            for p in (self.a, self.b)
            if p.consent is Consent.ASKED and p.asked_at is not None
        ]
        return min(due, default=None)

    def next_deadline(self) -> datetime | None:
        """The earliest time a ``Tick`` could change something; None: no tick needed."""
        times = [self.reminder_due("a"), self.reminder_due("b"), self.expiry_due()]
        return min((t for t in times if t is not None), default=None)
