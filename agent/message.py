"""The parsed message: what the agent knows of one RFC 5322 message.

``parse_message`` turns raw bytes into a ``ParsedMessage`` with decoded headers,
addresses with display names, thread ids, the text body (HTML-only mail converted to
text) and the defects found. It never raises on bad input: malformed mail comes back
with its defects listed.

The MIME structure is read by a small splitter of our own rather than by the standard
library's feed parser or mail-parser: on a typical 3 KB reply the stdlib's ``compat32``
parser alone takes about 0.11 ms, its ``default`` policy about 0.8 ms, and mail-parser
(which builds on the stdlib and also analyses Received headers and attachments) about
0.45 ms, while the agent must understand thousands of messages per second. The
standard library still does what it does best here: charset codecs, base64 and
quoted-printable (``binascii``), date parsing and the fallback address grammar.
mail-parser contributes its forgiving readings of malformed address and date headers,
which the stdlib either rejects or misreads.
"""

from __future__ import annotations

import binascii
import codecs
import email.utils
import logging
import re
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from types import MappingProxyType
from typing import Any, cast

from mailparser.dates import parse_mail_date
from mailparser.utils import get_addresses

from agent.html_text import html_to_text

__all__ = ["Address", "ParsedMessage", "parse_message"]


# The classes made per message have a written ``__init__``: the compiled build runs it as
# native code, the one ``dataclass`` generates as Python. ``object.__setattr__`` is how a
# frozen class sets its own fields; the build turns it into a plain attribute store.


@dataclass(frozen=True, init=False)
class Address:
    """One mailbox: a display name (may be empty) and an address (may be empty if unparseable)."""

    name: str
    email: str

    def __init__(self, name: str, email: str) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "email", email)

    @property
    def key(self) -> str:
        """The address as compared: lower-cased, surrounding space removed."""
        return self.email.strip().lower()


@dataclass(frozen=True, init=False)
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
    # True when ``text`` was rendered from the HTML part because there was no plain one.
    text_from_html: bool = False
    # The type of every part that is not a multipart, in message order ("text/plain",
    # "text/calendar"): what a mail carries besides its text (an invitation's event).
    part_types: tuple[str, ...] = field(default=())
    # Each mail attached as a file (message/rfc822 with an attachment disposition, a
    # forward sent "as attachment"), as a mail client quotes a forward: its From, Date,
    # Subject, To and Cc lines, a blank line, then its text.
    attached_mails: tuple[str, ...] = field(default=())

    def __init__(
        self,
        message_id: str | None,
        in_reply_to: tuple[str, ...],
        references: tuple[str, ...],
        subject: str,
        date: datetime | None,
        from_: tuple[Address, ...],
        to: tuple[Address, ...],
        cc: tuple[Address, ...],
        reply_to: tuple[Address, ...],
        headers: Mapping[str, tuple[str, ...]],
        content_type: str,
        text: str,
        html: str | None,
        defects: tuple[str, ...] = (),
        size: int = 0,
        attachments: tuple[str, ...] = (),
        text_from_html: bool = False,
        part_types: tuple[str, ...] = (),
        attached_mails: tuple[str, ...] = (),
    ) -> None:
        object.__setattr__(self, "message_id", message_id)
        object.__setattr__(self, "in_reply_to", in_reply_to)
        object.__setattr__(self, "references", references)
        object.__setattr__(self, "subject", subject)
        object.__setattr__(self, "date", date)
        object.__setattr__(self, "from_", from_)
        object.__setattr__(self, "to", to)
        object.__setattr__(self, "cc", cc)
        object.__setattr__(self, "reply_to", reply_to)
        object.__setattr__(self, "headers", headers)
        object.__setattr__(self, "content_type", content_type)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "html", html)
        object.__setattr__(self, "defects", defects)
        object.__setattr__(self, "size", size)
        object.__setattr__(self, "attachments", attachments)
        object.__setattr__(self, "text_from_html", text_from_html)
        object.__setattr__(self, "part_types", part_types)
        object.__setattr__(self, "attached_mails", attached_mails)

    @property
    def sender(self) -> Address | None:
        """The first From address, or None when the message has none."""
        return self.from_[0] if self.from_ else None

    def header(self, name: str) -> str | None:
        """The first value of a header, or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None

    def header_all(self, name: str) -> tuple[str, ...]:
        """Every value of a header, in message order (empty when absent)."""
        return self.headers.get(name.lower(), ())

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """References then In-Reply-To ids, without repeats: every id this message answers."""
        return tuple(dict.fromkeys(self.references + self.in_reply_to))


# -- limits -------------------------------------------------------------------------

# Larger input is cut: no introduction request needs more, and a bounded size keeps a
# hostile message from costing the daemon more than a few milliseconds.
MAX_INPUT_BYTES = 16 * 1024 * 1024
# multipart and message/rfc822 nesting followed; deeper parts are reported, not read.
MAX_DEPTH = 12
# MIME leaves visited in one message.
MAX_PARTS = 500
# HTML characters rendered as text when there is no plain part: about a second of work at
# worst (markup made only of "<"); a real message shows its text well before.
MAX_HTML_TO_TEXT = 1_000_000
# A header value longer than this is cut before decoding (flanker's 200 KB header).
MAX_HEADER_VALUE = 64 * 1024

_EMPTY_HEADERS: Mapping[str, tuple[str, ...]] = MappingProxyType({})

# mail-parser logs every oddity at WARNING; a daemon reading hostile mail would drown
# its own log in them, so its logger only speaks for errors.
logging.getLogger("mailparser").setLevel(logging.ERROR)


# -- header block -------------------------------------------------------------------

_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\n|\r|$)")
# RFC 5322 field name: printable US-ASCII except colon. Trailing blanks before the
# colon are obsolete syntax that real mail still has ("Subject : x").
_FIELD = re.compile(rb"([!-9;-~]+)[ \t]*:")
_BINARY_SAMPLE = 1024
# An mbox envelope line: "From sender", then nothing or an asctime date. Text that merely
# starts with "From " ("From what I hear...") is not one.
_MBOX_FROM = re.compile(rb"From \S+(?:[ \t]+\w{3}[ \t]+\w{3}[ \t]+\d.*)?[ \t]*$")
# One field with its continuation lines (a trailing CR stays in the value).
_FIELD_LINE = re.compile(rb"^([!-9;-~]+)[ \t]*:(.*(?:\n[ \t].*)*)", re.MULTILINE)


@dataclass(init=False)
class _Entity:
    """One MIME entity: its header fields (raw text, unfolded) and its body bytes."""

    fields: list[tuple[str, str]]
    body: bytes

    def __init__(self, fields: list[tuple[str, str]], body: bytes) -> None:
        self.fields = fields
        self.body = body

    def get(self, name: str) -> str | None:
        for key, value in self.fields:
            if key == name:
                return value
        return None


def _split_entity(data: bytes, defects: list[str], top: bool) -> _Entity:
    """Read the header block of ``data``; the rest after the blank line is the body."""
    fast = _split_entity_fast(data, defects)
    if fast is not None:
        return fast
    fields: list[tuple[bytes, list[bytes]]] = []
    pos = 0
    size = len(data)
    first = True
    while pos < size:
        match = _LINE.match(data, pos)
        if match is None:  # pragma: no cover - the pattern matches at every position
            break
        line = match.group()
        if not line:
            break
        content = line.rstrip(b"\r\n")
        if not content:
            pos = match.end()
            return _Entity(_decode_fields(_joined(fields), defects), data[pos:])
        if content[:1] in (b" ", b"\t"):
            if fields:
                fields[-1][1].append(content)
            elif _header_follows(data, match.end()):
                # A stray folded line before the first field (enmime's bad-header-start).
                if top:
                    defects.append("first-line-is-continuation")
            else:
                # Indented text with no header anywhere near: a body with no header.
                return _Entity([], data)
            pos = match.end()
            first = False
            continue
        if first and top and _MBOX_FROM.match(content):
            # An mbox envelope line, not a header.
            pos = match.end()
            first = False
            continue
        field_match = _FIELD.match(content)
        if field_match is None:
            # Like the stdlib: a line that is no header ends the header block.
            if fields:
                defects.append("missing-header-body-separator")
            return _Entity(_decode_fields(_joined(fields), defects), data[pos:])
        fields.append((field_match.group(1), [content[field_match.end() :]]))
        pos = match.end()
        first = False
    return _Entity(_decode_fields(_joined(fields), defects), b"")


def _header_follows(data: bytes, pos: int) -> bool:
    """Whether the next line that is not indented, within a few lines, is a field."""
    for _ in range(8):
        match = _LINE.match(data, pos)
        if match is None or not match.group():
            return False
        line = match.group()
        if line[:1] not in (b" ", b"\t"):
            return _FIELD.match(line) is not None
        pos = match.end()
    return False


def _joined(fields: list[tuple[bytes, list[bytes]]]) -> list[tuple[bytes, bytes]]:
    return [(name, b"\n".join(lines)) for name, lines in fields]


# The first blank line, LF or CRLF: one scan, where two ``find`` calls each went on to
# the end of the message when it had no blank line of that kind.
_BLANK_LINE = re.compile(rb"\n\r?\n")


def _header_end(data: bytes) -> tuple[int, int] | None:
    """Where the header block ends (after its last line break) and the body starts."""
    blank = _BLANK_LINE.search(data)
    if blank is None:
        return None
    at = blank.start()
    if blank.end() - at == 2:
        return at + 1, at + 2
    if data[at + 3 : at + 4] == b"\n":
        # "\n\r\n\n" ends where its LF pair does: the CR line stays in the header block.
        return at + 3, at + 4
    return at + 1, at + 3


def _split_entity_fast(data: bytes, defects: list[str]) -> _Entity | None:
    """The well-formed case in a few C-speed calls; None sends the caller line by line."""
    end = _header_end(data)
    if end is None or data[:1] in (b" ", b"\t", b"\r", b"\n"):
        return None
    head = data[: end[0]]
    found = _FIELD_LINE.findall(head)
    # Every line is either a field's first line or a continuation; when the count of
    # matches equals the count of first lines, no line was skipped as garbage.
    lines = head.count(b"\n")
    continuations = head.count(b"\n ") + head.count(b"\n\t")
    if len(found) != lines - continuations:
        return None
    return _Entity(_decode_fields(found, defects), data[end[1] :])


def _decode_fields(raw: list[tuple[bytes, bytes]], defects: list[str]) -> list[tuple[str, str]]:
    """Unfold each field and turn its bytes into text (UTF-8, else Windows-1252).

    The defect "8bit-header" names legacy 8-bit bytes that are not UTF-8.
    """
    out: list[tuple[str, str]] = []
    eight_bit = False
    for raw_name, value in raw:
        name = raw_name.decode("ascii").lower()
        if len(value) > MAX_HEADER_VALUE:
            value = value[:MAX_HEADER_VALUE]
            defects.append(f"header-too-long:{name}")
        if value.isascii():
            text = value.decode("ascii")
        else:
            try:
                # Raw UTF-8 is allowed in headers (RFC 6532).
                text = value.decode("utf-8")
            except UnicodeDecodeError:
                eight_bit = True
                text = value.decode("cp1252", "replace")
        if "\n" in text:
            # Inside one field every line break is a fold. Each fold with the blanks
            # around it reads as one space, as mail clients show it (a blank-only
            # continuation line adds nothing).
            pieces = (piece.strip(" \t\r") for piece in text.split("\n"))
            text = " ".join(piece for piece in pieces if piece)
        out.append((name, text.strip()))
    if eight_bit:
        defects.append("8bit-header")
    return out


# -- RFC 2047 -----------------------------------------------------------------------

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([QqBb])\?([^?]*)\?=")
_BETWEEN_WORDS = re.compile(r"[ \t\r\n]*")

# Labels mail uses that Python's codec registry does not know, or knows only as a
# narrower charset than senders mean.
_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "x-mac-cyrillic": "mac_cyrillic",
    "iso-8859-8-i": "iso-8859-8",
    "iso-8859-6-i": "iso-8859-6",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "ansi_x3.4-1968": "utf-8",
    "x-user-defined": "cp1252",
    "unicode-1-1-utf-7": "utf-7",
    "utf8": "utf-8",
    "windows-874": "cp874",
    "x-sjis": "shift_jis",
    "shift-jis": "shift_jis",
    "x-euc-jp": "euc_jp",
    "big5-hkscs": "big5hkscs",
}
# Labels that say "unknown" outright; decoded as UTF-8 when valid, else Windows-1252.
_UNKNOWN_LABELS = frozenset({"unknown-8bit", "x-unknown", "unknown", "default", "8bit", ""})


# Charsets that spell non-ASCII text in ASCII bytes: never take the ASCII shortcut.
_STATEFUL_7BIT = ("iso2022", "utf-7", "hz")
_ASCII_LABELS = frozenset({"us-ascii", "ascii", "ansi_x3.4-1968"})
# Python codec names of the one-byte Latin charsets, the ones UTF-8 is mislabelled as.
_SINGLE_BYTE = ("cp125", "iso8859", "mac-roman", "cp437", "cp850")


@lru_cache(maxsize=256)
def _codec(label: str) -> str | None:
    """The Python codec for a charset label, or None when it names no text codec."""
    name = label.strip().strip("\"'").lower()
    # RFC 2231 allows a language after '*' in encoded words ("utf-8*en").
    name = name.split("*", 1)[0]
    if name in _UNKNOWN_LABELS:
        return None
    name = _CHARSET_ALIASES.get(name, name)
    try:
        with warnings.catch_warnings(action="ignore"):
            info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):
        # rot13, base64_codec and friends are registered codecs but not charsets.
        return None
    return info.name


def _decode_quietly(data: bytes, codec: str, errors: str = "strict") -> str:
    """``data.decode`` in a codec that may warn on odd input (unicode_escape does): reading
    mail must stay silent, whatever the sender declared."""
    with warnings.catch_warnings(action="ignore"):
        return data.decode(codec, errors)


def decode_bytes(data: bytes, charset: str | None, defects: list[str] | None = None) -> str:
    """Decode text bytes in a declared charset; unknown or wrong charsets degrade gracefully.

    Undeclared or unknown: UTF-8 when valid, else Windows-1252. Declared but wrong: the
    same, since mislabelled UTF-8 and Latin-1 are what real mail gets wrong.
    """
    codec = _codec(charset) if charset else None
    label = charset.strip().lower()[:40] if charset else ""
    if codec is None and label not in _UNKNOWN_LABELS and defects is not None:
        defects.append(f"unknown-charset:{label}")
    ascii_only = data.isascii()
    if ascii_only and (codec is None or not codec.startswith(_STATEFUL_7BIT)):
        return data.decode("ascii")
    if codec is not None and codec.startswith(_SINGLE_BYTE) and not ascii_only:
        # Text that is valid UTF-8 was written as UTF-8 whatever the label says: Latin
        # text almost never forms valid multi-byte sequences by chance.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if defects is not None:
                defects.append(f"charset-mismatch:{label}")
            return text
    if codec is not None and codec != "utf-8":
        try:
            return _decode_quietly(data, codec)
        except (UnicodeDecodeError, LookupError, ValueError):
            pass
        if codec.startswith("iso2022_jp"):
            # Japanese mailers use the NEC rows (№, ①) under plain ISO-2022-JP; JIS X 0213
            # holds them, so the same text read as ISO-2022-JP-2004 decodes.
            try:
                return _decode_quietly(data.replace(b"\x1b$B", b"\x1b$(Q"), "iso2022_jp_2004")
            except (UnicodeDecodeError, LookupError, ValueError):
                pass
    if label in _ASCII_LABELS and defects is not None:
        # Eight-bit bytes under an ASCII label: the label is wrong, whatever they are.
        defects.append(f"charset-mismatch:{label}")
    if not ascii_only:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if codec is not None and defects is not None and label not in _ASCII_LABELS:
        defects.append(f"undecodable-text:{label}")
    if codec is not None and codec != "utf-8":
        try:
            return _decode_quietly(data, codec, "replace")
        except (LookupError, ValueError):
            pass
    return data.decode("cp1252", "replace")


def _decode_word(kind: str, payload: str) -> bytes:
    if kind in "Qq":
        # header=True reads "_" as a blank, as RFC 2047 4.2 says.
        return binascii.a2b_qp(payload.encode("utf-8", "surrogateescape"), header=True)
    clean = re.sub(r"[^A-Za-z0-9+/]", "", payload)
    clean = clean[: len(clean) - len(clean) % 4] if len(clean) % 4 == 1 else clean
    clean += "=" * (-len(clean) % 4)
    return binascii.a2b_base64(clean)


def decode_header_value(value: str, defects: list[str] | None = None) -> str:
    """Decode RFC 2047 encoded words; blanks between adjacent encoded words vanish."""
    if "=?" not in value:
        return value
    out: list[str] = []
    pending: list[tuple[str, bytes]] = []
    pos = 0

    def flush() -> None:
        # Adjacent words in one charset are joined as bytes first: senders split
        # multi-byte characters across words.
        merged: list[tuple[str, bytearray]] = []
        for charset, data in pending:
            if merged and merged[-1][0] == charset:
                merged[-1][1].extend(data)
            else:
                merged.append((charset, bytearray(data)))
        for charset, joined in merged:
            out.append(decode_bytes(bytes(joined), charset, defects))
        pending.clear()

    for match in _ENCODED_WORD.finditer(value):
        gap = value[pos : match.start()]
        if pending and _BETWEEN_WORDS.fullmatch(gap):
            pass
        else:
            flush()
            out.append(gap)
        try:
            pending.append((match.group(1), _decode_word(match.group(2), match.group(3))))
        except (binascii.Error, ValueError):
            flush()
            out.append(match.group())
            if defects is not None:
                defects.append("bad-encoded-word")
        pos = match.end()
    flush()
    out.append(value[pos:])
    return "".join(out)


# -- structured header fields -------------------------------------------------------

_PARAM = re.compile(
    r';\s*([^\s=;"]+)\s*=\s*("(?:[^"\\]|\\.)*(?:"|$)|[^;]*)',
    re.DOTALL,
)
_RFC2231_KEY = re.compile(r"^(.*?)\*(\d+)?(\*)?$")


def _parse_params(value: str) -> tuple[str, dict[str, str]]:
    """A Content-Type or Content-Disposition value: lower-cased token and parameters.

    RFC 2231 continued and charset-tagged parameters are joined and decoded.
    """
    head, _, rest = value.partition(";")
    params: dict[str, str] = {}
    if not rest:
        return head.strip().lower(), params
    continued: dict[str, dict[int, tuple[str, bool]]] = {}
    for match in _PARAM.finditer(";" + rest):
        key = match.group(1).lower()
        raw = match.group(2).strip()
        if raw.startswith('"'):
            raw = raw[1:-1] if len(raw) > 1 and raw.endswith('"') else raw[1:]
            raw = re.sub(r"\\(.)", r"\1", raw)
        # Only an RFC 2231 key holds a "*": plain keys skip the pattern.
        star = _RFC2231_KEY.match(key) if "*" in key else None
        if star:
            index = int(star.group(2)) if star.group(2) else 0
            continued.setdefault(star.group(1), {})[index] = (
                raw,
                bool(star.group(3)) or (star.group(2) is None),
            )
        elif key not in params:
            params[key] = raw
    for key, pieces in continued.items():
        params[key] = _join_rfc2231([pieces[i] for i in sorted(pieces)])
    return head.strip().lower(), params


def _join_rfc2231(pieces: list[tuple[str, bool]]) -> str:
    """Join RFC 2231 continuations; the first encoded piece names charset'language'."""
    charset: str | None = None
    data = bytearray()
    for index, (text, encoded) in enumerate(pieces):
        if encoded:
            if index == 0 and text.count("'") >= 2:
                charset, _, text = text.split("'", 2)
            data.extend(
                re.sub(
                    rb"%([0-9A-Fa-f]{2})",
                    lambda m: bytes((int(m.group(1), 16),)),
                    text.encode("utf-8", "surrogateescape"),
                )
            )
        else:
            data.extend(text.encode("utf-8", "surrogateescape"))
    return decode_bytes(bytes(data), charset or "utf-8")


_MSG_ID = re.compile(r"<([^<>]*)>")


def parse_ids(value: str | None) -> tuple[str, ...]:
    """Message ids in a Message-ID, In-Reply-To or References value, as "<...>" strings."""
    if not value:
        return ()
    ids: list[str] = []
    for match in _MSG_ID.finditer(value):
        inner = "".join(match.group(1).split())
        if inner:
            ids.append(f"<{inner}>")
    if not ids:
        # Some mailers leave the angle brackets out; a bare token with an "@" is an id.
        for token in value.split():
            token = token.strip("<>,;\"'()")
            if "@" in token:
                ids.append(f"<{token}>")
    return tuple(dict.fromkeys(ids))


# -- addresses ----------------------------------------------------------------------

# Possessive quantifiers throughout: a header is hostile input, and backtracking over
# a long run of blanks would make these patterns quadratic.
_ADDR_CHAR = r"[^<>\s\"(),;:\\@\[\]]"
_ADDR_SPEC = _ADDR_CHAR + r"++@" + _ADDR_CHAR + r"++"
_MAILBOX = re.compile(
    r"\s*+(?:"
    r'(?:"((?:[^"\\]|\\.)*+)"\s*+|([^<>"(),;:@\\\[\]]*+))<\s*+(' + _ADDR_SPEC + r")\s*+>"
    r"|(" + _ADDR_SPEC + r")(?:\s*+\(([^()\\]*+)\))?"
    r")\s*+(?:,\s*+|$)"
)


_EMPTY_ELEMENTS = re.compile(r"[\s,]*")


def _simple_mailboxes(value: str) -> list[tuple[str, str]] | None:
    """The common address-list shapes, read by one regex; None when the value is unusual."""
    found: list[tuple[str, str]] = []
    pos = 0
    end = len(value)
    while pos < end:
        # Empty list elements (", ,") are obsolete syntax, not errors (RFC 5322 4.4).
        skipped = _EMPTY_ELEMENTS.match(value, pos)
        pos = skipped.end() if skipped else pos
        if pos >= end:
            break
        match = _MAILBOX.match(value, pos)
        if match is None or match.end() == pos:
            return None
        quoted, bare, angle, plain, comment = match.groups()
        if angle:
            name = quoted if quoted is not None else (bare or "")
            if quoted is not None and "\\" in name:
                name = re.sub(r"\\(.)", r"\1", name)
            found.append((name.strip(), angle))
        else:
            # The old "addr (Full Name)" form: the comment is the display name.
            found.append(((comment or "").strip(), plain))
        pos = match.end()
    return found


# The lookbehind starts a search only where a run of address characters starts.
_VALID_ADDR = re.compile(r"(?<!" + _ADDR_CHAR + r")" + _ADDR_SPEC)
_NULL_PATH = re.compile(r'\s*+(?:"((?:[^"\\]|\\.)*+)"\s*+|([^<>"]*+))<\s*+>\s*+')
# An address in angle brackets with a link to itself pasted right after it, before the
# closing bracket ("<a@b<mailto:a@b>>"); the link's address is the one shown, any case.
_PASTED_MAILTO = re.compile(r"(<\s*+([^<>\s]++))\s*+<mailto:(?i:\2)>\s*+>")


# A quoted name or a comment, where a semicolon may be a character of the name.
_QUOTED_OR_COMMENT = re.compile(r'["()]')
_GROUP_NAME = re.compile(r'\s*+[^<>"@,:;()]++:')


def _valid(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(name, addr.strip()) for name, addr in pairs if _VALID_ADDR.fullmatch(addr.strip())]


def _recover_mailboxes(value: str, header: str, defects: list[str]) -> list[tuple[str, str]]:
    """Malformed address lists: whatever mailboxes can still be told apart safely.

    mail-parser's reader comes first because it refuses the ambiguous readings the
    stdlib's lenient ``getaddresses`` makes on this Python (CVE-2023-27043), which
    matters when an address decides who is mailed; then the stdlib; then any bare
    addr-spec in the text.
    """
    defects.append(f"bad-address:{header}")
    null_path = _NULL_PATH.fullmatch(value)
    if null_path:
        # "<>" is the null reverse path of bounces: a sender with no address.
        return [((null_path.group(1) or null_path.group(2) or "").strip(), "")]
    # Outlook pastes a link after the address it shows ("Ann <a@b<mailto:a@b>>"): the
    # same address twice is one mailbox. Read here, not left to the stdlib, whose reading
    # of it differs between patch releases of one Python.
    unpasted = _PASTED_MAILTO.sub(r"\1>", value)
    if unpasted != value:
        pairs = _simple_mailboxes(unpasted)
        if pairs:
            return pairs
    if ";" in unpasted and not _QUOTED_OR_COMMENT.search(unpasted):
        # Outlook parts mailboxes by semicolons ("Ann <a@b>; Bob Ray <c@d>"), where RFC
        # 5322 closes a group: mail-parser keeps only the last, the stdlib an empty one
        # between. Each part a plain mailbox, they are read as a list parted by commas.
        pairs = _simple_mailboxes(unpasted.replace(";", ","))
        if pairs:
            return pairs
    recovered: list[tuple[str, str]] = []
    # Other readers may warn on odd input; reading mail must stay silent.
    with warnings.catch_warnings(action="ignore"):
        try:
            recovered = _valid(
                [(str(name), str(addr)) for name, addr in get_addresses(value, defects=[])]
            )
        except Exception:
            recovered = []
        if not recovered:
            try:
                recovered = _valid(email.utils.getaddresses([value]))
            except Exception:
                recovered = []
    if not recovered:
        recovered = [("", addr) for addr in _VALID_ADDR.findall(value)]
    return recovered


def parse_addresses(
    values: tuple[str, ...], header: str, defects: list[str]
) -> tuple[Address, ...]:
    """Every mailbox in the given values of one address header; groups are flattened.

    An address that appears twice (Outlook's pasted "<a@b<mailto:a@b>>") is kept once.
    """
    result: dict[str, Address] = {}
    for value in values:
        group = _GROUP_NAME.match(value)
        if group:
            # "Team: a@x, b@y;" lists its members; "undisclosed-recipients:;" none.
            value = value[group.end() :].rstrip()
            value = value[:-1] if value.endswith(";") else value
        if not value.strip():
            continue
        pairs = _simple_mailboxes(value)
        if pairs is None:
            pairs = _recover_mailboxes(value, header, defects)
        for name, addr in pairs:
            display = decode_header_value(name, defects).strip() if name else ""
            if display.startswith('"') and display.endswith('"') and len(display) > 1:
                display = display[1:-1]
            address = Address(" ".join(display.split()), addr.strip())
            known = result.get(address.key)
            if known is None or (address.name and not known.name):
                result[address.key] = address
    return tuple(result.values())


# -- dates --------------------------------------------------------------------------


# "Tue, 14 May 2024 09:12:44 +0200": the day name optional, the seconds too; "-0000"
# (no zone known) is left to the general reader, which takes it as UTC.
_COMMON_DATE = re.compile(
    r"(?:[A-Z][a-z]{2}, )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? "
    r"(?!-0000)([+-])(\d{2})(\d{2})"
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def parse_date(value: str | None, defects: list[str]) -> datetime | None:
    """An aware datetime from a Date value; zone-less or "-0000" dates are taken as UTC."""
    if not value:
        return None
    common = _COMMON_DATE.fullmatch(value.strip())
    month = _MONTHS.get(common.group(2).casefold(), 0) if common is not None else 0
    if common is not None and month:
        # Nearly every mail's Date has the one form RFC 5322 recommends: read at once.
        day, _, year, hour, minute, second, sign, zone_h, zone_m = common.groups()
        offset = (int(zone_h) * 60 + int(zone_m)) * 60
        try:
            return datetime(
                int(year),
                month,
                int(day),
                int(hour),
                int(minute),
                int(second or 0),
                tzinfo=timezone(timedelta(seconds=-offset if sign == "-" else offset)),
            )
        except ValueError:
            pass  # "31 Feb": the general reader below names the defect
    # Other readers may warn on odd input; reading mail must stay silent.
    with warnings.catch_warnings(action="ignore"):
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            parsed = None
        if parsed is None:
            try:
                # mail-parser reads obsolete forms (comments, odd spacing) the stdlib rejects.
                candidate = parse_mail_date(value).value
                parsed = candidate if isinstance(candidate, datetime) else None
            except Exception:
                parsed = None
    if parsed is None:
        defects.append("bad-date")
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


# -- bodies -------------------------------------------------------------------------

_BASE64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")
# Base64 lines never hold a blank between two characters.
_NOT_BASE64 = re.compile(rb"[A-Za-z0-9+/][ \t]+[A-Za-z0-9+/=]")


_KNOWN_ENCODINGS = frozenset(
    {"", "7bit", "8bit", "binary", "quoted-printable", "base64"},
)


def _transfer_decode(body: bytes, encoding: str, defects: list[str]) -> bytes:
    if encoding in ("", "7bit", "8bit", "binary"):
        return body
    if encoding == "quoted-printable":
        return binascii.a2b_qp(body)
    if encoding == "base64":
        if _NOT_BASE64.search(body):
            # Text labelled base64 that never was: the words would decode to noise.
            defects.append("bad-base64:not-encoded")
            return body
        try:
            return binascii.a2b_base64(body)
        except binascii.Error:
            clean = _BASE64_JUNK.sub(b"", body)
            clean = clean[: len(clean) - len(clean) % 4] if len(clean) % 4 == 1 else clean
            defects.append("bad-base64")
            try:
                return binascii.a2b_base64(clean + b"=" * (-len(clean) % 4))
            except binascii.Error:
                return b""
    return body


def _normalise_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


@dataclass(init=False)
class _Walk:
    """What a walk over the MIME tree collects."""

    defects: list[str]
    plain: list[str]
    html: list[str]
    attachments: list[str]
    embedded: list[_Walk]
    attached: list[str]
    parts: int
    types: list[str]

    def __init__(self, defects: list[str], parts: int = 0) -> None:
        self.defects = defects
        self.plain = []
        self.html = []
        self.attachments = []
        self.embedded = []
        self.attached = []
        self.parts = parts
        self.types = []


# What may follow "--boundary" on a delimiter line: the close mark, padding, line end.
_DELIMITER_TAIL = re.compile(rb"[ \t]*(--)?[ \t]*(?:\r\n|\n|\r|\Z)")


def _delimiters(body: bytes, boundary: str) -> Iterator[tuple[int, int, bool]]:
    """Each delimiter line: where it starts, where its line ends, whether it closes."""
    # A boundary cannot end in a blank (RFC 2046); senders that put one there write the
    # delimiter lines without it.
    needle = b"--" + boundary.rstrip().encode("utf-8", "surrogateescape")
    at = body.find(needle)
    while at != -1:
        if at == 0 or body[at - 1] in (10, 13):
            tail = _DELIMITER_TAIL.match(body, at + len(needle))
            if tail is not None:
                yield at, tail.end(), tail.group(1) is not None
        at = body.find(needle, at + 1)


def _split_multipart(body: bytes, boundary: str, defects: list[str]) -> list[bytes] | None:
    """The body parts between the delimiter lines; None when no delimiter is found."""
    starts: list[tuple[int, int, bool]] = []
    for delimiter in _delimiters(body, boundary):
        starts.append(delimiter)
        if delimiter[2] or len(starts) > MAX_PARTS:
            break
    if not starts:
        defects.append("start-boundary-not-found")
        return None
    parts: list[bytes] = []
    closed = False
    for index, (_, end, close) in enumerate(starts):
        if close:
            closed = True
            break
        stop = starts[index + 1][0] if index + 1 < len(starts) else len(body)
        part = body[end:stop]
        # The line break before a delimiter belongs to the delimiter (RFC 2046 5.1.1).
        if part.endswith(b"\r\n"):
            part = part[:-2]
        elif part.endswith((b"\n", b"\r")):
            part = part[:-1]
        parts.append(part)
    if not closed:
        defects.append("close-boundary-not-found")
    return parts


def _content_type(entity: _Entity, default: str, defects: list[str]) -> tuple[str, dict[str, str]]:
    raw = entity.get("content-type")
    if raw is None:
        return default, {}
    ctype, params = _parse_params(raw)
    ctype = "".join(ctype.split())
    if ctype.count("/") != 1 or ctype.startswith("/") or ctype.endswith("/"):
        defects.append("invalid-content-type")
        return "text/plain", params
    return ctype, params


def _filename(disposition: str, ctype_params: dict[str, str], defects: list[str]) -> str:
    name = ""
    if disposition:
        _, dparams = _parse_params(disposition)
        name = dparams.get("filename", "")
    if not name:
        name = ctype_params.get("name", "")
    if not name:
        return ""
    name = decode_header_value(name, defects)
    return "".join(ch for ch in name if ch.isprintable()).strip()


def _walk(entity: _Entity, default_type: str, walk: _Walk, depth: int) -> str:
    """Collect the text, HTML and attachment names below ``entity``; returns its type."""
    defects = walk.defects
    walk.parts += 1
    if walk.parts > MAX_PARTS:
        if walk.parts == MAX_PARTS + 1:
            defects.append("too-many-parts")
        return default_type
    ctype, params = _content_type(entity, default_type, defects)
    maintype = ctype.split("/", 1)[0]
    disposition_raw = entity.get("content-disposition") or ""
    disposition = disposition_raw.split(";", 1)[0].strip().lower()
    filename = _filename(disposition_raw, params, defects)

    if maintype == "multipart":
        boundary = params.get("boundary")
        if depth >= MAX_DEPTH:
            defects.append("nesting-too-deep")
            return ctype
        if not boundary:
            defects.append("multipart-without-boundary")
        else:
            parts = _split_multipart(entity.body, boundary, defects)
            if parts is not None:
                if ctype == "multipart/alternative":
                    _walk_alternatives(parts, walk, depth + 1)
                    return ctype
                child_default = "message/rfc822" if ctype == "multipart/digest" else "text/plain"
                for part in parts:
                    child = _split_entity(part, defects, top=False)
                    _walk(child, child_default, walk, depth + 1)
                return ctype
        # A multipart that cannot be split is read as the plain text it most likely is.
        ctype, maintype = "text/plain", "text"
    walk.types.append(ctype)

    encoding = (entity.get("content-transfer-encoding") or "").strip().lower()
    if encoding not in _KNOWN_ENCODINGS:
        defects.append(f"unknown-transfer-encoding:{encoding[:40]}")
        encoding = ""
    if filename:
        walk.attachments.append(filename)
    # A named part with no disposition is an attachment, except that old mailers name
    # the body part itself: the first text part is read as the body.
    is_attachment = disposition == "attachment" or (
        bool(filename)
        and disposition != "inline"
        and (maintype != "text" or bool(walk.plain or walk.html))
    )

    embedded = ctype in ("message/rfc822", "message/global")
    if embedded and disposition != "attachment":
        if depth >= MAX_DEPTH:
            defects.append("nesting-too-deep")
            return ctype
        inner_bytes = _transfer_decode(entity.body, encoding, defects)
        inner = _split_entity(inner_bytes, defects, top=False)
        sub = _Walk(defects=defects, parts=walk.parts)
        _walk(inner, "text/plain", sub, depth + 1)
        walk.parts = sub.parts
        walk.embedded.append(sub)
        return ctype
    if embedded and depth < MAX_DEPTH:
        # A mail attached as a file: read, and kept apart from the text, which is the
        # sender's own; a forward "as attachment" is read from it.
        inner = _split_entity(_transfer_decode(entity.body, encoding, defects), defects, top=False)
        sub = _Walk(defects=defects, parts=walk.parts)
        _walk(inner, "text/plain", sub, depth + 1)
        walk.parts = sub.parts
        walk.attached.append(_as_forwarded(inner, _choose_text(sub)[0], defects))
        return ctype

    if is_attachment or maintype != "text":
        return ctype
    subtype = ctype.split("/", 1)[1]
    if subtype not in ("plain", "html"):
        return ctype
    data = _transfer_decode(entity.body, encoding, defects)
    text = _normalise_newlines(decode_bytes(data, params.get("charset"), defects))
    if subtype == "plain":
        walk.plain.append(text)
    else:
        walk.html.append(text)
    return ctype


def _as_forwarded(entity: _Entity, text: str, defects: list[str]) -> str:
    """An attached mail as a mail client quotes a forward: its header lines, then text."""
    lines = []
    for name in ("from", "date", "subject", "to", "cc"):
        value = entity.get(name)
        if value:
            shown = _CONTROL_SPACE.sub(" ", decode_header_value(value, defects)).strip()
            lines.append(f"{name.capitalize()}: {shown}")
    return "\n".join(lines) + "\n\n" + text.strip("\n")


def _walk_alternatives(parts: list[bytes], walk: _Walk, depth: int) -> None:
    """Read one multipart/alternative: the plain version for text, the richest for HTML."""
    versions: list[_Walk] = []
    for part in parts:
        sub = _Walk(defects=walk.defects, parts=walk.parts)
        _walk(_split_entity(part, walk.defects, top=False), "text/plain", sub, depth)
        walk.parts = sub.parts
        versions.append(sub)
        walk.attachments.extend(sub.attachments)
        # Every version's parts are carried, read or not: "text/calendar" beside the text.
        walk.types.extend(sub.types)
    plain = next((sub for sub in versions if sub.plain), None)
    # RFC 2046 orders alternatives from plainest to richest.
    rich = next((sub for sub in reversed(versions) if sub.html), None)
    if plain is not None:
        walk.plain.extend(plain.plain)
    if rich is not None:
        walk.html.extend(rich.html)
    if plain is None and rich is None:
        for sub in versions:
            walk.embedded.extend(sub.embedded)
            walk.attached.extend(sub.attached)


def _choose_text(walk: _Walk) -> tuple[str, str | None, bool]:
    """The text body, the HTML body and whether the text came from the HTML."""
    html: str | None = "\n".join(walk.html) if walk.html else None
    if walk.plain:
        return "\n".join(part.strip("\n") for part in walk.plain), html, False
    if html is not None:
        if len(html) > MAX_HTML_TO_TEXT:
            walk.defects.append("html-cut-for-text")
            return html_to_text(html[:MAX_HTML_TO_TEXT]), html, True
        return html_to_text(html), html, True
    # Nothing of its own: a wrapper around a message (a forward or a bounce) shows that.
    for sub in walk.embedded:
        text, inner_html, from_html = _choose_text(sub)
        if text or inner_html:
            return text, html if html is not None else inner_html, from_html
    return "", html, False


# -- the message --------------------------------------------------------------------

# Tabs and stray line breaks left in a subject; runs of blanks are the sender's own.
_CONTROL_SPACE = re.compile(r"[\t\r\n\v\f]")
_ADDRESS_HEADERS = (("from", "from_"), ("to", "to"), ("cc", "cc"), ("reply-to", "reply_to"))
_ADDRESS_NAMES = frozenset(header for header, _ in _ADDRESS_HEADERS)


def _looks_binary(data: bytes) -> bool:
    return data.count(0, 0, _BINARY_SAMPLE) > 2


def _empty(size: int, defects: list[str]) -> ParsedMessage:
    return ParsedMessage(
        message_id=None,
        in_reply_to=(),
        references=(),
        subject="",
        date=None,
        from_=(),
        to=(),
        cc=(),
        reply_to=(),
        headers=_EMPTY_HEADERS,
        content_type="",
        text="",
        html=None,
        defects=tuple(defects),
        size=size,
    )


def _parse(raw: bytes) -> ParsedMessage:
    size = len(raw)
    defects: list[str] = []
    # Not ``raw.strip()``: that copies the whole message to find it is not empty.
    if not raw or raw.isspace():
        return _empty(size, ["empty-input"])
    if size > MAX_INPUT_BYTES:
        raw = raw[:MAX_INPUT_BYTES]
        defects.append("truncated-input")
    if _looks_binary(raw):
        return _empty(size, [*defects, "not-a-message:binary-data"])

    entity = _split_entity(raw, defects, top=True)
    if not entity.fields:
        defects.append("no-headers")

    # One pass over the fields: each value decoded (only one holding an encoded word
    # needs it), and the address fields kept as written for their own reader.
    headers: dict[str, list[str]] = {}
    raw_fields: dict[str, list[str]] = {}
    for name, value in entity.fields:
        decoded = value
        if "=?" in value:
            try:
                decoded = decode_header_value(value, defects)
            except Exception as exc:  # one bad header must not cost the rest
                defects.append(f"undecodable-header:{name}:{type(exc).__name__}")
        known = headers.get(name)
        if known is None:
            headers[name] = [decoded]
        else:
            known.append(decoded)
        if name in _ADDRESS_NAMES:
            raw_fields.setdefault(name, []).append(value)
    frozen = MappingProxyType({name: tuple(values) for name, values in headers.items()})

    def first(name: str) -> str | None:
        values = frozen.get(name)
        return values[0] if values else None

    addresses: dict[str, tuple[Address, ...]] = {}
    for header, attr in _ADDRESS_HEADERS:
        try:
            addresses[attr] = parse_addresses(tuple(raw_fields.get(header, ())), header, defects)
        except Exception as exc:  # keep the other headers
            defects.append(f"bad-address:{header}:{type(exc).__name__}")
            addresses[attr] = ()

    if entity.fields:
        for required in ("from", "date", "message-id"):
            if required not in frozen:
                defects.append(f"missing-header:{required}")

    walk = _Walk(defects=defects)
    content_type = "text/plain"
    try:
        content_type = _walk(entity, "text/plain", walk, 0)
        text, html, from_html = _choose_text(walk)
    except RecursionError:
        defects.append("nesting-too-deep")
        text, html, from_html = "", None, False
    except Exception as exc:  # headers stay useful without a body
        defects.append(f"body-parse-failure:{type(exc).__name__}")
        text, html, from_html = "", None, False

    message_ids = parse_ids(first("message-id"))
    return ParsedMessage(
        message_id=message_ids[0] if message_ids else None,
        in_reply_to=parse_ids(" ".join(frozen.get("in-reply-to", ()))),
        references=parse_ids(" ".join(frozen.get("references", ()))),
        subject=_CONTROL_SPACE.sub(" ", first("subject") or "").strip(),
        date=parse_date(first("date"), defects),
        from_=addresses["from_"],
        to=addresses["to"],
        cc=addresses["cc"],
        reply_to=addresses["reply_to"],
        headers=frozen,
        content_type=content_type,
        text=text,
        html=html,
        defects=tuple(dict.fromkeys(defects)),
        size=size,
        attachments=tuple(walk.attachments),
        text_from_html=from_html,
        part_types=tuple(walk.types),
        attached_mails=tuple(walk.attached),
    )


def parse_message(raw: object) -> ParsedMessage:
    """Parse raw RFC 5322 bytes (or any bytes-like object); never raises, whatever the
    input.

    Anything wrong with the message is named in ``defects``; in the worst case every
    other field is empty and a defect names the failure. ``raw`` is typed ``object``, not
    ``bytes``: the compiled build checks argument types on entry, and the promise to never
    raise covers input of the wrong type too.
    """
    try:
        data = raw if isinstance(raw, bytes) else bytes(cast(Any, raw))
    except Exception as exc:  # the contract is to never raise
        return _empty(0, [f"parse-failure:{type(exc).__name__}"])
    try:
        # No warning filter around the whole parse: setting one up costs a tenth of a
        # plain mail's parse. The few calls that may warn (codecs, mail-parser, the
        # stdlib's fallback readers) are silenced where they are made.
        return _parse(data)
    except Exception as exc:  # the contract is to never raise
        return _empty(len(data), [f"parse-failure:{type(exc).__name__}"])
