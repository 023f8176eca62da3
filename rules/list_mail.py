"""Rule: the message came through a mailing list (RFC 2369 / RFC 2919 headers).

The opt-in question goes to one person and is answered privately; an answer that
arrives through a list is a list's traffic or a digest, never that person's consent.
"""

from __future__ import annotations

from agent.message import ParsedMessage

_LIST_HEADERS = (
    "list-id",
    "list-unsubscribe",
    "list-post",
    "list-help",
    "list-subscribe",
    "list-owner",
    "list-archive",
    "x-mailing-list",
    "mailing-list",
)


class ListMail:
    """Matches mail carrying a List-* header."""

    headers: tuple[str, ...] = _LIST_HEADERS
    name = "list-mail"
    reason = "List-* headers show the message came through a mailing list"

    def check(self, message: ParsedMessage) -> bool:
        return any(message.header_all(header) for header in self.headers)
