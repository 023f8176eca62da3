"""Build the bytes of an outgoing mail: headers that cannot be injected, text plus simple HTML.

Everything that comes from other people's mail (names, subjects, contexts) passes
through ``one_line`` before it reaches a header, so no CR or LF can add a header or a
recipient. Display names are quoted (RFC 5322 specials) or written as RFC 2047 encoded
words (non-ASCII, or text that itself looks like an encoded word, which a reader would
otherwise decode, possibly into CR/LF); addresses pass the checks of ``header_address``.

``message_bytes`` writes the headers and MIME parts itself, with the standard library's
codecs (``binascii``, ``email.header``, ``email.utils``), instead of building an
``EmailMessage`` under the SMTP policy: the header registry and generator cost about
1.8 ms per mail, a large part of the agent's time on a backlog, where this takes a few
hundredths of that. The output is 7-bit ASCII with CRLF line ends, header lines folded to
78 characters where spaces allow, bodies in UTF-8 as 7bit, quoted-printable or base64
(whichever keeps lines short and the mail smallest). Bcc is never written.

The Message-ID is derived from the outbox key (and a secret kept in the store), so a
mail sent again after a crash carries the same Message-ID and a receiving client shows
it once; the MIME boundary is derived from it too, so the same mail gives the same bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes
from email.charset import BASE64, Charset
from email.header import Header
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


_ATEXT_PHRASE = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*")
_DOT_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_FIELD_NAME = re.compile(r"[!-9;-~]+")
# Header lines are folded to this length where spaces allow (RFC 5322 recommends 78);
# no line ever reaches the hard limit of 998.
_FOLD = 78
_LONGEST_WORD = 900
# Headers this module writes itself (and Bcc, which is never written).
_RESERVED = frozenset(
    {
        "from", "to", "cc", "bcc", "reply-to", "subject", "date", "message-id",
        "in-reply-to", "references", "auto-submitted", "mime-version",
        "content-type", "content-transfer-encoding",
    }
)  # fmt: skip
_CRLF = "\r\n"
# Base64 encoded words: the standard library's Q encoder can overrun the line length.
_UTF8 = Charset("utf-8")
_UTF8.header_encoding = BASE64


def _checked_email(addr: Address) -> tuple[str, str]:
    email = addr.email.strip()
    if _CONTROL.search(email) or email.count("@") != 1:
        raise ValueError(f"not a single mail address: {email!r}")
    username, domain = email.split("@")
    return username, domain


def header_address(addr: Address) -> HeaderAddress:
    """An address for a header; raises ValueError on an address with CR/LF or no '@'."""
    username, domain = _checked_email(addr)
    return HeaderAddress(display_name=one_line(addr.name, 100), username=username, domain=domain)


def _encoded_words(text: str, name: str) -> list[str]:
    """``text`` as RFC 2047 encoded words (UTF-8), each fitting a folded line of header ``name``."""
    # 76: a folded line is a space and one word, and RFC 2047 caps a word at 75.
    header = Header(text, _UTF8, maxlinelen=76, header_name=name)
    return header.encode(linesep="\n").split("\n ")


def _one_encoded_word(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode("utf-8", "replace")).decode("ascii") + "?="


def _needs_encoding(text: str) -> bool:
    # Text that looks like an encoded word is encoded too, so a reader shows it as
    # typed instead of decoding it (possibly into CR/LF).
    return not text.isascii() or "=?" in text


def _encoded_phrase(name: str, header: str) -> list[str]:
    """A display name with its plain ASCII words as atoms and the other runs encoded.

    Whitespace between two encoded words is dropped by a reader (RFC 2047), so a run of
    words that need encoding is encoded as one text, spaces included.
    """
    words: list[str] = []
    run: list[str] = []
    for word in name.split(" "):
        if _needs_encoding(word) or not _ATEXT_PHRASE.fullmatch(word):
            run.append(word)
            continue
        if run:
            words.extend(_encoded_words(" ".join(run), header))
            run = []
        words.append(word)
    if run:
        words.extend(_encoded_words(" ".join(run), header))
    return words


def _mailbox(addr: Address, header: str) -> list[str]:
    """One mailbox as the words of a header: display name words, then ``<addr-spec>``."""
    username, domain = _checked_email(addr)
    # Headers stay 7-bit: a non-ASCII domain is written as IDNA, a non-ASCII local part
    # (no 7-bit form exists; the envelope carries it with SMTPUTF8) as an encoded word.
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            domain = _one_encoded_word(domain)
    if not username.isascii():
        username = _one_encoded_word(username)
    elif not _DOT_ATOM.fullmatch(username):
        username = '"' + username.replace("\\", "\\\\").replace('"', '\\"') + '"'
    spec = f"{username}@{domain}"
    name = one_line(addr.name, 100)
    if not name:
        return [spec]
    if _needs_encoding(name):
        words = _encoded_phrase(name, header)
    elif _ATEXT_PHRASE.fullmatch(name):
        words = name.split(" ")
    else:
        words = ['"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"']
    words.append(f"<{spec}>")
    return words


def _fold(name: str, words: Sequence[str]) -> str:
    """``name: words...`` as header lines, folded at the spaces between words."""
    lines: list[str] = []
    line = name + ":"
    for word in words:
        if len(line) + 1 + len(word) > _FOLD and line != name + ":":
            lines.append(line)
            line = " " + word
        else:
            line += " " + word
    lines.append(line)
    return _CRLF.join(lines) + _CRLF


def _unstructured(name: str, value: str, longest_word: int = _FOLD - 1) -> str:
    """An unstructured header (value already on one line), encoded when not plain ASCII.

    Plain ASCII is folded at its spaces; a word longer than ``longest_word`` (one that
    no folded line could hold) has the value encoded, which splits it.
    """
    if not value:
        return f"{name}: {_CRLF}"
    if len(name) + 2 + len(value) <= _FOLD and not _needs_encoding(value):
        return f"{name}: {value}{_CRLF}"
    words = value.split(" ")
    if _needs_encoding(value) or max(map(len, words)) > longest_word:
        words = _encoded_words(value, name)
    return _fold(name, words)


def _msg_ids(name: str, value: str) -> str:
    # Message-IDs must stay as written, so only a word near the hard limit is encoded.
    return _unstructured(name, value, _LONGEST_WORD)


def _address_list(name: str, addrs: Sequence[Address]) -> str:
    words: list[str] = []
    for addr in addrs:
        if words:
            words[-1] += ","
        words.extend(_mailbox(addr, name))
    return _fold(name, words)


def _text_part(subtype: str, text: str) -> str:
    """A text part in UTF-8: 7bit when short ASCII lines allow, else QP or base64."""
    lines = text.encode("utf-8").splitlines()
    data = b"\r\n".join(lines) + b"\r\n"
    head = f'Content-Type: text/{subtype}; charset="utf-8"{_CRLF}Content-Transfer-Encoding: '
    if data.isascii() and max(map(len, lines), default=0) <= _FOLD:
        return f"{head}7bit{_CRLF}{_CRLF}{data.decode('ascii')}"
    qp = binascii.b2a_qp(data, istext=True)
    b64 = base64.encodebytes(data).replace(b"\n", b"\r\n")
    if len(qp) <= len(b64):
        return f"{head}quoted-printable{_CRLF}{_CRLF}{qp.decode('ascii')}"
    return f"{head}base64{_CRLF}{_CRLF}{b64.decode('ascii')}"


def _boundary(mail: OutgoingMail, parts: Sequence[str]) -> str:
    """A boundary found in no part, stable for a given Message-ID."""
    seed = hashlib.sha256(mail.message_id.encode("utf-8", "surrogatepass")).hexdigest()[:24]
    for n in itertools.count():
        boundary = f"=_intro_{seed}_{n}"
        if not any(boundary in part for part in parts):
            return boundary
    raise AssertionError("unreachable")  # pragma: no cover


def _extra_header(name: str, value: str) -> str:
    field_name = one_line(name, 60)
    if not _FIELD_NAME.fullmatch(field_name) or field_name.lower() in _RESERVED:
        raise ValueError(f"not an extra header name: {field_name!r}")
    return _unstructured(field_name, one_line(value))


def message_bytes(mail: OutgoingMail) -> bytes:
    """The mail's bytes as sent over SMTP: 7-bit ASCII, CRLF line ends, no Bcc header."""
    head = [_address_list("From", (mail.sender,)), _address_list("To", mail.to)]
    if mail.cc:
        head.append(_address_list("Cc", mail.cc))
    if mail.reply_to:
        head.append(_address_list("Reply-To", mail.reply_to))
    head.append(_unstructured("Subject", one_line(mail.subject, 250)))
    head.append(f"Date: {format_datetime(mail.date)}{_CRLF}")
    head.append(_msg_ids("Message-ID", one_line(mail.message_id)))
    if mail.in_reply_to:
        head.append(_msg_ids("In-Reply-To", one_line(mail.in_reply_to)))
    if mail.references:
        head.append(_msg_ids("References", one_line(" ".join(mail.references), 2000)))
    # RFC 3834: mark every mail the agent sends, so other robots do not answer it.
    head.append(f"Auto-Submitted: {mail.auto_submitted}{_CRLF}")
    head.extend(_extra_header(name, value) for name, value in mail.extra_headers)
    head.append(f"MIME-Version: 1.0{_CRLF}")
    text = _text_part("plain", mail.text)
    if mail.html is None:
        head.append(text)
    else:
        html = _text_part("html", mail.html)
        boundary = _boundary(mail, (text, html))
        head.append(
            f'Content-Type: multipart/alternative;{_CRLF} boundary="{boundary}"{_CRLF}{_CRLF}'
        )
        # The CRLF before each delimiter belongs to the delimiter (RFC 2046), not the part.
        head.append(f"--{boundary}{_CRLF}{text}{_CRLF}--{boundary}{_CRLF}{html}")
        head.append(f"{_CRLF}--{boundary}--{_CRLF}")
    return "".join(head).encode("ascii")


def build_message(mail: OutgoingMail) -> EmailMessage:
    """The mail as an EmailMessage, parsed from ``message_bytes`` (Bcc is not in its headers)."""
    msg = message_from_bytes(message_bytes(mail), policy=SMTP)
    assert isinstance(msg, EmailMessage)
    return msg
