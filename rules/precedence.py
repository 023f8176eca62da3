"""Rule: the ``Precedence`` header marks bulk, junk, list or auto-reply mail.

``Precedence`` is not standard, but list servers and vacation programs set it to
keep other programs from answering; a person's reply never carries these values.
"""

from __future__ import annotations

from agent.message import ParsedMessage


class Precedence:
    """Matches mail whose ``Precedence`` is bulk, junk, list or auto_reply."""

    values: frozenset[str] = frozenset({"bulk", "junk", "list", "auto_reply", "auto-reply"})
    name = "precedence"
    reason = "the Precedence header marks bulk, list or automatic mail"

    def check(self, message: ParsedMessage) -> bool:
        return any(
            value.strip().lower() in self.values for value in message.header_all("precedence")
        )
