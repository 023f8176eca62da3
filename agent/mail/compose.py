"""Build the bytes of an outgoing mail: headers that cannot be injected, text plus simple HTML.

Everything that comes from other people's mail (names, subjects, contexts) passes
through ``one_line`` before it reaches a header, so no CR or LF can add a header or a
recipient, and addresses are set through ``email.headerregistry.Address`` so display
names are quoted and encoded as RFC 5322 and RFC 2047 require.

The Message-ID is derived from the outbox key (and a secret kept in the store), so a
mail sent again after a crash carries the same Message-ID and a receiving client shows
it once.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Literal

from agent.message import Address

AutoSubmitted = Literal["auto-generated", "auto-replied"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u0085]+")


def one_line(text: str, limit: int = 200) -> str:
    """Text safe for a header: control characters (CR, LF, ...) folded to spaces, trimmed."""
    flat = " ".join(_CONTROL.sub(" ", text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def make_message_id(key: str, domain: str, secret: str = "") -> str:
    """A Message-ID that depends only on the outbox key, the agent's domain and a secret.

    The store's secret makes the ids unguessable: a reply that threads to one of them
    shows its author received that mail.
    """
    digest = hashlib.sha256(f"{secret}\0{key}".encode()).hexdigest()[:32]
    return f"<intro.{digest}@{domain}>"


@dataclass(frozen=True)
class OutgoingMail:
    """One mail the agent sends, before it becomes bytes."""

    sender: Address
    to: tuple[Address, ...]
    subject: str
    text: str
    message_id: str
    date: datetime
    auto_submitted: AutoSubmitted = "auto-generated"
    html: str | None = None
    cc: tuple[Address, ...] = ()
    bcc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    extra_headers: tuple[tuple[str, str], ...] = field(default=())

    @property
    def envelope_recipients(self) -> tuple[str, ...]:
        """Every address the mail goes to, Bcc included, each once."""
        seen: dict[str, None] = {}
        for addr in (*self.to, *self.cc, *self.bcc):
            seen.setdefault(addr.email, None)
        return tuple(seen)


def header_address(addr: Address) -> HeaderAddress:
    """An address for a header; raises ValueError on an address with CR/LF or no '@'."""
    email = addr.email.strip()
    if _CONTROL.search(email) or email.count("@") != 1:
        raise ValueError(f"not a single mail address: {email!r}")
    username, domain = email.split("@")
    return HeaderAddress(display_name=one_line(addr.name, 100), username=username, domain=domain)


def _addresses(addrs: Sequence[Address]) -> list[HeaderAddress]:
    return [header_address(a) for a in addrs]


def build_message(mail: OutgoingMail) -> EmailMessage:
    """The mail as an EmailMessage (Bcc is not written into the headers)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = header_address(mail.sender)
    msg["To"] = _addresses(mail.to)
    if mail.cc:
        msg["Cc"] = _addresses(mail.cc)
    if mail.reply_to:
        msg["Reply-To"] = _addresses(mail.reply_to)
    msg["Subject"] = one_line(mail.subject, 250)
    msg["Date"] = format_datetime(mail.date)
    msg["Message-ID"] = one_line(mail.message_id)
    if mail.in_reply_to:
        msg["In-Reply-To"] = one_line(mail.in_reply_to)
    if mail.references:
        msg["References"] = one_line(" ".join(mail.references), 2000)
    # RFC 3834: mark every mail the agent sends, so other robots do not answer it.
    msg["Auto-Submitted"] = mail.auto_submitted
    for name, value in mail.extra_headers:
        msg[one_line(name, 60)] = one_line(value)
    msg.set_content(mail.text)
    if mail.html is not None:
        msg.add_alternative(mail.html, subtype="html")
    return msg


def message_bytes(mail: OutgoingMail) -> bytes:
    """The mail's bytes as sent over SMTP (CRLF line ends)."""
    return build_message(mail).as_bytes()
