"""The parsed message: what the agent knows of one RFC 5322 message.

``parse_message`` turns raw bytes into a ``ParsedMessage`` with decoded headers,
addresses with display names, thread ids, the text body (HTML-only mail converted to
text) and the defects found. It never raises on bad input: malformed mail comes back
with its defects listed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Address:
    """One mailbox: a display name (may be empty) and an address (may be empty if unparseable)."""

    name: str
    email: str

    @property
    def key(self) -> str:
        """The address as compared: lower-cased, surrounding space removed."""
        return self.email.strip().lower()


@dataclass(frozen=True)
class ParsedMessage:
    """A message as the agent sees it; every field is decoded text, never raw bytes."""

    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    subject: str
    date: datetime | None
    from_: tuple[Address, ...]
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    # Lower-cased header names -> every value of that header, in message order.
    headers: Mapping[str, tuple[str, ...]]
    content_type: str
    text: str
    html: str | None
    defects: tuple[str, ...] = ()
    size: int = 0
    attachments: tuple[str, ...] = field(default=())

    @property
    def sender(self) -> Address | None:
        """The first From address, or None when the message has none."""
        return self.from_[0] if self.from_ else None

    def header(self, name: str) -> str | None:
        """The first value of a header, or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None
