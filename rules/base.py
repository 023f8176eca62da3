"""The contract every decision rule follows (as in Mailman's rules: a name, a reason, a check)."""

from __future__ import annotations

from typing import Protocol

from agent.message import ParsedMessage


class MessageRule(Protocol):
    """A pure yes/no decision about one message."""

    # Read-only, so frozen dataclasses and plain class attributes both qualify.
    @property
    def name(self) -> str:
        """A short identifier, as logs and the store record it."""
        ...

    @property
    def reason(self) -> str:
        """Why a message matching the rule is treated as it is, in plain words."""
        ...

    def check(self, message: ParsedMessage) -> bool:
        """True when the rule matches the message."""
        ...
