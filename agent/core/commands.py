"""What the core asks the edges to do: mails described at the level of meaning.

Rendering a command into a message is done elsewhere. Each command has a deterministic
``key`` naming what it does for which introduction, so the outbox can refuse to queue
the same mail twice, and ``recipients``, every address the mail goes to (To, Cc and Bcc).

Commands to one party name the other party only by name, never by address: the two
addresses meet only in ``SendIntroduction``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from agent.core.intro import Person, Side
from agent.core.policy import RequesterCopy


class Notice(StrEnum):
    """Why the requester is told something."""

    DECLINED = "declined"
    EXPIRED = "expired"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNCLEAR_REPLY = "unclear_reply"
    COMPLETED = "completed"


class _ToOnePerson:
    """A command whose mail goes to exactly one person, ``to``."""

    to: Person

    @property
    def recipients(self) -> tuple[str, ...]:
        return (self.to.email,)


@dataclass(frozen=True)
class AcknowledgeRequest(_ToOnePerson):
    """Tell the requester the request was received, under which short id."""

    intro_id: str
    to: Person
    a_name: str
    b_name: str

    @property
    def key(self) -> str:
        return f"{self.intro_id}:acknowledge"


@dataclass(frozen=True)
class AskRequesterToConfirm(_ToOnePerson):
    """Ask the requester to confirm or correct the parties before anyone else is written to."""

    intro_id: str
    to: Person
    a: Person
    b: Person
    context: str
    token: str

    @property
    def key(self) -> str:
        return f"{self.intro_id}:confirm"


@dataclass(frozen=True)
class SendOptIn(_ToOnePerson):
    """Ask one party, privately, whether they want to be introduced to the other."""

    intro_id: str
    party: Side
    to: Person
    other_name: str
    requester_name: str
    context: str
    token: str

    @property
    def key(self) -> str:
        return f"{self.intro_id}:opt-in:{self.party}"


@dataclass(frozen=True)
class SendReminder(_ToOnePerson):
    """Remind a party who has not answered; ``n`` counts the reminders to that party."""

    intro_id: str
    party: Side
    to: Person
    other_name: str
    requester_name: str
    context: str
    token: str
    n: int

    @property
    def key(self) -> str:
        return f"{self.intro_id}:reminder:{self.party}:{self.n}"


@dataclass(frozen=True)
class SendClarification(_ToOnePerson):
    """Ask a party whose answer was unclear to answer yes or no (once per party)."""

    intro_id: str
    party: Side
    to: Person
    other_name: str
    token: str

    @property
    def key(self) -> str:
        return f"{self.intro_id}:clarification:{self.party}"


@dataclass(frozen=True)
class SendIntroduction:
    """Introduce the two parties to each other; sent once, after two explicit yeses."""

    intro_id: str
    a: Person
    b: Person
    requester: Person
    requester_copy: RequesterCopy
    context: str
    context_a: str
    context_b: str

    @property
    def key(self) -> str:
        return f"{self.intro_id}:introduction"

    @property
    def requester_is_party(self) -> bool:
        return self.requester.key in (self.a.key, self.b.key)

    @property
    def cc(self) -> tuple[str, ...]:
        copy = self.requester_copy == "cc" and not self.requester_is_party
        return (self.requester.email,) if copy else ()

    @property
    def bcc(self) -> tuple[str, ...]:
        copy = self.requester_copy == "bcc" and not self.requester_is_party
        return (self.requester.email,) if copy else ()

    @property
    def recipients(self) -> tuple[str, ...]:
        return (self.a.email, self.b.email, *self.cc, *self.bcc)


@dataclass(frozen=True)
class SendClosingNote(_ToOnePerson):
    """Tell a party the introduction will not happen, without saying why or because of whom."""

    intro_id: str
    party: Side
    to: Person

    @property
    def key(self) -> str:
        return f"{self.intro_id}:closing:{self.party}"


@dataclass(frozen=True)
class NotifyRequester(_ToOnePerson):
    """Tell the requester, privately, what happened; ``party`` names who it concerns."""

    intro_id: str
    to: Person
    notice: Notice
    party: Side | None = None
    party_name: str = ""
    words: str = ""
    n: int = 1

    @property
    def key(self) -> str:
        return f"{self.intro_id}:notify:{self.notice}:{self.party or '-'}:{self.n}"


Command = (
    AcknowledgeRequest
    | AskRequesterToConfirm
    | SendOptIn
    | SendReminder
    | SendClarification
    | SendIntroduction
    | SendClosingNote
    | NotifyRequester
)
COMMAND_TYPES: tuple[type[Command], ...] = (
    AcknowledgeRequest,
    AskRequesterToConfirm,
    SendOptIn,
    SendReminder,
    SendClarification,
    SendIntroduction,
    SendClosingNote,
    NotifyRequester,
)
