"""Rule: the sender may command the agent (``policy.allowed_requesters``).

Patterns are full addresses or ``*@domain``; both compare without regard to case.
A message with no From, or with several From addresses, never matches: the agent
acts for exactly one identifiable person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from agent.message import ParsedMessage


def address_allowed(address: str, patterns: Iterable[str]) -> bool:
    """True when ``address`` matches one of ``patterns`` (``name@dom`` or ``*@dom``)."""
    addr = address.strip().lower()
    local, at, domain = addr.rpartition("@")
    if not at or not local or not domain:
        return False
    for pattern in patterns:
        pat = pattern.strip().lower()
        if pat == addr or (pat.startswith("*@") and pat[2:] == domain):
            return True
    return False


@dataclass(frozen=True)
class AllowedRequester:
    """Matches mail whose single From address is on the allowlist."""

    patterns: tuple[str, ...]
    name: str = "allowed-requester"
    reason: str = "the sender is on policy.allowed_requesters"

    def check(self, message: ParsedMessage) -> bool:
        if len(message.from_) != 1:
            return False
        return address_allowed(message.from_[0].email, self.patterns)
