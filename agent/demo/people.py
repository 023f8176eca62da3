"""The people of the demo and the mail their clients write: a request, and quoted replies.

Pure functions from text to bytes. A reply quotes the mail it answers the way the named
client does (Gmail's "On ... wrote:" with ``>`` lines, Outlook's underscore rule and
header block with the original unquoted below), threads it with In-Reply-To and
References, and goes to the Reply-To of what it answers, as every client does.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Literal

ClientStyle = Literal["gmail", "outlook"]


@dataclass(frozen=True)
class Person:
    """Someone with a name and an address."""

    name: str
    address: str

    @property
    def header(self) -> str:
        return f"{self.name} <{self.address}>"


def compose(
    sender: Person, to: str, subject: str, body: str, now: datetime, domain: str
) -> EmailMessage:
    """A new mail from ``sender``, as a client writes it."""
    msg = EmailMessage()
    msg["From"] = sender.header
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain=domain)
    msg.set_content(body)
    return msg


def reply(
    sender: Person,
    original: EmailMessage,
    body: str,
    style: ClientStyle,
    now: datetime,
    domain: str,
) -> EmailMessage:
    """``sender``'s answer to ``original``, quoted in the way of the ``style`` client."""
    target = str(original.get("Reply-To") or original["From"])
    subject = str(original["Subject"])
    msg = compose(
        sender,
        target,
        subject if subject.lower().startswith("re:") else f"Re: {subject}",
        quoted(style, body, original, now),
        now,
        domain,
    )
    msg["In-Reply-To"] = str(original["Message-ID"])
    references = str(original.get("References", "")).split()
    msg["References"] = " ".join([*references, str(original["Message-ID"])])
    return msg


def quoted(style: ClientStyle, body: str, original: EmailMessage, now: datetime) -> str:
    """``body`` above the quoted ``original``, as the named client lays it out."""
    lines = plain_text(original).rstrip("\n").splitlines()
    sender = str(original["From"])
    if style == "gmail":
        when = f"{now:%a, %-d %b %Y} at {now:%H:%M}"
        quote = "\n".join(">" + (" " + line if line else "") for line in lines)
        return f"{body}\n\nOn {when}, {sender} wrote:\n\n{quote}\n"
    block = "\n".join(lines)
    return (
        f"{body}\n\n________________________________\nFrom: {sender}\n"
        f"Sent: {now:%A, %B %-d, %Y %-I:%M %p}\nTo: {original['To']}\n"
        f"Subject: {original['Subject']}\n\n{block}\n"
    )


def plain_text(message: EmailMessage) -> str:
    """The text a client shows: the plain part, or empty."""
    part = message.get_body(("plain",))
    return str(part.get_content()) if part is not None else ""


def parse(raw: bytes) -> EmailMessage:
    """Bytes as a client reads them."""
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed
