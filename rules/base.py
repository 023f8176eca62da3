"""The contract every decision rule follows (as in Mailman's rules: a name, a reason, a check)."""

from __future__ import annotations

from typing import Protocol

from agent.message import ParsedMessage


class MessageRule(Protocol):
    """A pure yes/no decision about one message."""

    name: str
    reason: str

    def check(self, message: ParsedMessage) -> bool:
        """True when the rule matches the message."""
        ...
