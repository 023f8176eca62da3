"""What the agent understood of one incoming message: an intro request, a command, or neither.

``RequestResult.to_json`` is the contract other tools read (the ``parse`` command prints
it): the keys and their order are fixed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["intro_request", "command", "not_a_request"]
Command = Literal["status", "cancel", "help"]


@dataclass(frozen=True, init=False)
class Party:
    """One person: a display name and an address, either of which may be unknown."""

    name: str | None
    email: str | None

    # Written out, not generated: the compiled build runs a written ``__init__`` as native
    # code, the one ``dataclass`` generates as Python, several times slower for a class
    # made this often.
    def __init__(self, name: str | None, email: str | None) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "email", email)

    def to_json(self) -> dict[str, Any]:
        """The party as ``{"name": ..., "email": ...}``."""
        return {"name": self.name, "email": self.email}


@dataclass(frozen=True)
class Pair:
    """Two people the requester wants introduced to each other."""

    a: Party
    b: Party

    def to_json(self) -> dict[str, Any]:
        """The pair as ``{"a": ..., "b": ...}``."""
        return {"a": self.a.to_json(), "b": self.b.to_json()}


@dataclass(frozen=True)
class RequestResult:
    """The decision about one message.

    For an intro request, ``a`` and ``b`` are the first pair and ``more`` holds any
    further pairs. ``confident`` is true only when every party and every address is
    certain; otherwise the agent asks the requester to confirm. For a cancel command
    ``context`` names what to cancel: an intro id such as ``#a1b2c3``, ``thread`` for
    the conversation the command replies to, or the intro as the mail names it with
    someone in it ("the Bob intro", "ma demande de mise en relation avec Pierre Vasseur").
    """

    kind: Kind
    requester: Party | None = None
    a: Party | None = None
    b: Party | None = None
    context: str | None = None
    confident: bool = False
    more: tuple[Pair, ...] = field(default=())
    command: Command | None = None

    @property
    def pairs(self) -> tuple[Pair, ...]:
        """Every pair, the first one included."""
        if self.a is None or self.b is None:
            return self.more
        return (Pair(self.a, self.b), *self.more)

    def to_json(self) -> dict[str, Any]:
        """The result in the contract's exact shape and key order."""
        return {
            "kind": self.kind,
            "requester": self.requester.to_json() if self.requester else None,
            "a": self.a.to_json() if self.a else None,
            "b": self.b.to_json() if self.b else None,
            "context": self.context,
            "confident": self.confident,
            "more": [pair.to_json() for pair in self.more],
            "command": self.command,
        }
