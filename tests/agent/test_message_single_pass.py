"""The single pass over a message's header fields gives the message the two passes
gave: every field of every .eml of the labelled sets and the public corpora, and of
messages built around encoded words, bad encodings and repeated address fields."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.message import (
    _ADDRESS_HEADERS,
    _CONTROL_SPACE,
    MAX_INPUT_BYTES,
    Address,
    ParsedMessage,
    _choose_text,
    _empty,
    _looks_binary,
    _split_entity,
    _Walk,
    _walk,
    decode_header_value,
    parse_addresses,
    parse_date,
    parse_ids,
    parse_message,
)

_REPO = Path(__file__).resolve().parents[2]
_DATA = _REPO / "tests" / "data"
_CORPORA = _REPO.parent / "shared" / "corpora"


def _reference_values(
    fields: list[tuple[str, str]], defects: list[str]
) -> Iterator[tuple[str, str]]:
    for name, value in fields:
        try:
            yield name, decode_header_value(value, defects)
        except Exception as exc:  # one bad header must not cost the rest
            defects.append(f"undecodable-header:{name}:{type(exc).__name__}")
            yield name, value


def _reference_parse(raw: bytes) -> ParsedMessage:
    """``_parse`` as it read the header fields in two passes, before the single one."""
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

    headers: dict[str, list[str]] = {}
    for name, value in _reference_values(entity.fields, defects):
        headers.setdefault(name, []).append(value)
    frozen = MappingProxyType({name: tuple(values) for name, values in headers.items()})

    def first(name: str) -> str | None:
        values = frozen.get(name)
        return values[0] if values else None

    raw_fields: dict[str, list[str]] = {}
    for name, value in entity.fields:
        if name in ("from", "to", "cc", "reply-to"):
            raw_fields.setdefault(name, []).append(value)
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


def _same(raw: bytes) -> None:
    new = parse_message(raw)
    try:
        old = _reference_parse(raw)
    except Exception as exc:  # parse_message's own guard, as it wraps _parse
        old = _empty(len(raw), [f"parse-failure:{type(exc).__name__}"])
    assert new == old
    assert repr(new) == repr(old)
    assert list(new.headers.items()) == list(old.headers.items())


def test_every_message_of_the_sets_and_corpora_is_read_the_same() -> None:
    paths = sorted(_DATA.rglob("*.eml"))
    if _CORPORA.is_dir():
        paths += sorted(_CORPORA.rglob("*.eml"))
    assert len(paths) > 1000
    for path in paths:
        _same(path.read_bytes())


_FIELDS = [
    b"From: =?utf-8?q?Ann_L=C3=A9e?= <ann@acme.example>",
    b"From: Ann <ann@acme.example>",
    b"To: bob@b.example, =?iso-8859-1?b?Qm9i?= <bob2@b.example>",
    b"Cc: Team: a@x.example, b@y.example;",
    b"Reply-To: <>",
    b"Subject: =?utf-8?b?w6k=?= hello",
    b"Subject: =?bogus-charset?q?x?=",
    b"Subject: =?utf-8?q?broken",
    b"Subject: plain\tsubject",
    b"Date: Tue, 14 May 2024 09:12:44 +0200",
    b"Date: not a date",
    b"Message-ID: <a@b>",
    b"In-Reply-To: <c@d>",
    b"References: <e@f> <g@h>",
    b"X-Caf\xc3\xa9: \xe9t\xe9",
    b"Content-Type: text/plain; charset=utf-8",
    b'Content-Type: text/plain; charset="=?utf-8?q?x?="',
    b"Content-Transfer-Encoding: quoted-printable",
    b"X-Folded: one\r\n two",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FIELDS), max_size=10), st.binary(max_size=40))
def test_messages_built_around_encoded_words_are_read_the_same(
    fields: list[bytes], body: bytes
) -> None:
    _same(b"\r\n".join(fields) + b"\r\n\r\n" + body)
