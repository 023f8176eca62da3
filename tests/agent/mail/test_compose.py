"""Tests of agent/mail/compose.py: no header injection, stable Message-IDs, RFC 3834 marks.

The bytes are read back with the standard library's parser (``policy.default``), so each
guarantee is checked as a receiving client sees it.
"""

from __future__ import annotations

import dataclasses
import email
from datetime import UTC, datetime
from email import policy

import pytest

from agent.mail.compose import (
    OutgoingMail,
    build_message,
    make_message_id,
    message_bytes,
    one_line,
)
from agent.message import Address, parse_message

AGENT = Address("Intro Agent", "intros@example.test")
WHEN = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


def mail(**changes: object) -> OutgoingMail:
    base = OutgoingMail(
        sender=AGENT,
        to=(Address("Alice Smith", "alice@example.test"),),
        subject="Would you like to meet Bob?",
        text="Hello Alice,\n\nReply yes or no.\n",
        html="<p>Hello Alice,</p><p>Reply yes or no.</p>",
        message_id=make_message_id("intro1:opt-in:a:0", "example.test"),
        date=WHEN,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def parse(raw: bytes) -> email.message.EmailMessage:
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def header_names(raw: bytes) -> list[str]:
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    return [line.split(":", 1)[0].lower() for line in head.split("\r\n") if line[:1] not in " \t"]


def test_headers_and_parts() -> None:
    raw = message_bytes(mail(in_reply_to="<req@x>", references=("<a@x>", "<req@x>")))
    msg = parse(raw)
    assert msg["From"] == "Intro Agent <intros@example.test>"
    assert msg["To"] == "Alice Smith <alice@example.test>"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["In-Reply-To"] == "<req@x>"
    assert msg["References"] == "<a@x> <req@x>"
    assert msg["Date"] == "Sat, 28 Nov 2026 09:30:00 +0000"
    assert msg.get_content_type() == "multipart/alternative"
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None and "Reply yes or no." in text.get_content()
    assert html is not None and "<p>Hello Alice,</p>" in html.get_content()
    assert b"\r\n" in raw and b"\n\n" not in raw.replace(b"\r\n", b"")


def test_message_id_depends_only_on_key() -> None:
    first = make_message_id("intro1:opt-in:a:0", "example.test")
    assert first == make_message_id("intro1:opt-in:a:0", "example.test")
    assert first != make_message_id("intro1:opt-in:b:0", "example.test")
    assert first.startswith("<intro.") and first.endswith("@example.test>")
    # Without the secret, nobody can compute the id of a mail they did not receive.
    assert make_message_id("intro1:opt-in:a:0", "example.test", "s3") != first


def test_names_and_subjects_cannot_inject_headers() -> None:
    evil_name = "Alice\r\nBcc: victim@evil.test\r\nX-Injected: 1"
    raw = message_bytes(
        mail(
            to=(Address(evil_name, "alice@example.test"),),
            subject="Hi\nBcc: victim@evil.test",
            extra_headers=(("X-Intro-Id", "abc\r\nCc: other@evil.test"),),
        )
    )
    names = header_names(raw)
    assert "bcc" not in names and "x-injected" not in names and "cc" not in names
    msg = parse(raw)
    # The injected text survives only as harmless text inside the one header it came in.
    assert msg["Subject"] == "Hi Bcc: victim@evil.test"
    assert msg["X-Intro-Id"] == "abc Cc: other@evil.test"
    assert msg["To"].addresses[0].addr_spec == "alice@example.test"
    assert len(msg["To"].addresses) == 1


def test_address_with_newline_is_refused() -> None:
    with pytest.raises(ValueError, match="not a single mail address"):
        message_bytes(mail(to=(Address("A", "alice@example.test\r\nBcc: x@evil.test"),)))
    with pytest.raises(ValueError, match="not a single mail address"):
        message_bytes(mail(to=(Address("A", "a@b@c"),)))


def test_bcc_is_an_envelope_recipient_but_not_a_header() -> None:
    m = mail(
        cc=(Address("Bob", "bob@example.test"),),
        bcc=(Address("Ann", "ann@example.test"), Address("Bob again", "bob@example.test")),
    )
    raw = message_bytes(m)
    assert "bcc" not in header_names(raw)
    assert b"ann@example.test" not in raw
    assert m.envelope_recipients == ("alice@example.test", "bob@example.test", "ann@example.test")


def test_non_ascii_names_are_encoded() -> None:
    raw = message_bytes(mail(to=(Address("Zoë Müller", "zoe@example.test"),), subject="Café ☕"))
    assert raw.isascii()
    msg = parse(raw)
    assert msg["To"].addresses[0].display_name == "Zoë Müller"
    assert msg["Subject"] == "Café ☕"


def test_one_line_folds_control_characters_and_truncates() -> None:
    assert one_line("a\r\nb\tc\x00d") == "a b c d"
    assert one_line("x" * 300, 10) == "x" * 9 + "…"


def content(part: email.message.MIMEPart) -> str:
    """A part's decoded text with the wire's CRLF line ends read as newlines."""
    text = part.get_content()
    assert isinstance(text, str)
    return text.replace("\r\n", "\n")


def head_lines(raw: bytes) -> list[str]:
    return raw.split(b"\r\n\r\n", 1)[0].decode("ascii").split("\r\n")


def assert_wire_format(raw: bytes) -> None:
    """7-bit ASCII, every line ended by CRLF, header lines folded to 78, no line over 998."""
    assert raw.isascii()
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"") and b"\r" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 78 for line in head_lines(raw))
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))


NAMES = [
    "Smith, John",
    'Bob "The Builder" Jones',
    "Ann (work) Lee",
    "John Q. Public",
    "back\\slash <x@y> [z]; a:b @c",
    "Zoë Müller",
    'Zoë, "Z" (Müller)',
    "李小龍",
    "=?utf-8?q?looks_encoded?=",
    "ASCII then ünïcödé " * 5,
]


@pytest.mark.parametrize("name", NAMES)
def test_display_names_round_trip(name: str) -> None:
    raw = message_bytes(
        mail(
            to=(Address(name, "alice@example.test"), Address("Bob", "bob@example.test")),
            cc=(Address(name, "carol@example.test"),),
            reply_to=(Address(name, "intros+r@example.test"),),
        )
    )
    assert_wire_format(raw)
    msg = parse(raw)
    expected = one_line(name, 100)
    to = msg["To"].addresses
    assert [(a.display_name, a.addr_spec) for a in to] == [
        (expected, "alice@example.test"),
        ("Bob", "bob@example.test"),
    ]
    assert msg["Cc"].addresses[0].display_name == expected
    assert msg["Reply-To"].addresses[0].display_name == expected
    assert not msg.defects and not any(h.defects for h in (msg["To"], msg["Cc"]))


def test_long_non_ascii_names_read_back_by_the_agent() -> None:
    # The stdlib's phrase reader adds a space between adjacent encoded words, which
    # RFC 2047 drops; the agent's own parser follows the RFC.
    name = "Ünïcödé Ñämé " * 7
    raw = message_bytes(mail(to=(Address(name, "alice@example.test"),)))
    assert_wire_format(raw)
    assert [a.name for a in parse_message(raw).to] == [one_line(name, 100)]


def test_encoded_word_lookalikes_cannot_inject_headers() -> None:
    # A reader decodes encoded words; text that looks like one must reach it as typed.
    evil = "=?utf-8?q?A=0D=0ABcc:_x@evil.test?="
    raw = message_bytes(
        mail(
            to=(Address(evil, "alice@example.test"),),
            subject=evil,
            extra_headers=(("X-Intro-Id", evil),),
        )
    )
    assert "bcc" not in header_names(raw)
    assert b"evil.test" not in raw
    msg = parse(raw)
    assert msg["Subject"] == evil
    assert msg["X-Intro-Id"] == evil
    assert msg["To"].addresses[0].display_name == evil


@pytest.mark.parametrize(
    "subject",
    [
        "Would you like an introduction to Bob Jones? " * 8,
        "Café ☕ avec Zoë et Søren, à propos de l'équipe " * 6,
        "x" * 240,
        "日本語の件名" * 50,
    ],
)
def test_long_subjects_are_folded(subject: str) -> None:
    raw = message_bytes(mail(subject=subject))
    assert_wire_format(raw)
    assert sum(1 for line in head_lines(raw) if line.startswith("Subject:")) == 1
    assert parse(raw)["Subject"] == one_line(subject, 250)


def test_long_references_are_folded() -> None:
    refs = tuple(f"<ref{i}.{'a' * 30}@example.test>" for i in range(40))
    raw = message_bytes(mail(in_reply_to=refs[-1], references=refs))
    assert_wire_format(raw)
    assert parse(raw)["References"] == one_line(" ".join(refs), 2000)


@pytest.mark.parametrize(
    "text",
    [
        "short\n" + "word " * 1000 + "\nend\n",
        "x" * 5000 + "\n",
        "é" * 3000 + "\n",
        "Ünïcödé line with spaces at the end   \n\tand a tab\n" * 40,
        "trailing space \nno final newline",
    ],
)
def test_long_body_lines_are_encoded(text: str) -> None:
    raw = message_bytes(mail(text=text, html="<p>" + text + "</p>"))
    assert_wire_format(raw)
    msg = parse(raw)
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert plain is not None and html is not None
    if max(map(len, text.encode().splitlines())) > 78:
        assert plain["Content-Transfer-Encoding"] in ("quoted-printable", "base64")
    # A body always ends with a newline; its text is otherwise kept exactly.
    assert content(plain) == text.rstrip("\n") + "\n"
    assert content(html) == "<p>" + text + "</p>\n"


def test_round_trip_every_header_and_both_bodies() -> None:
    m = mail(
        sender=Address("Intro Agent", "intros@example.test"),
        to=(Address("Alice Smith", "alice@example.test"), Address("Zoë", "zoe@example.test")),
        cc=(Address("Carol, the requester", "carol@example.test"),),
        bcc=(Address("Hidden", "hidden@example.test"),),
        reply_to=(Address("Intro Agent", "intros+k3@example.test"),),
        subject="Introduction: Alice ↔ Zoë [#k3]",
        text="Hello Alice and Zoë,\n\nMeet each other — ☕?\n",
        html="<p>Hello Alice and Zoë,</p>\n<p>Meet each other — ☕?</p>\n",
        auto_submitted="auto-replied",
        in_reply_to="<req@example.test>",
        references=("<a@example.test>", "<req@example.test>"),
        extra_headers=(("X-Intro-Id", "k3"), ("List-Unsubscribe", "<mailto:intros@example.test>")),
    )
    raw = message_bytes(m)
    assert_wire_format(raw)
    msg = parse(raw)
    assert [(a.display_name, a.addr_spec) for a in msg["From"].addresses] == [
        ("Intro Agent", "intros@example.test")
    ]
    for header, addrs in (("To", m.to), ("Cc", m.cc), ("Reply-To", m.reply_to)):
        assert [(a.display_name, a.addr_spec) for a in msg[header].addresses] == [
            (a.name, a.email) for a in addrs
        ]
    assert msg["Subject"] == m.subject
    assert msg["Date"].datetime == m.date
    assert msg["Message-ID"] == m.message_id
    assert msg["In-Reply-To"] == m.in_reply_to
    assert msg["References"] == " ".join(m.references)
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Intro-Id"] == "k3"
    assert msg["List-Unsubscribe"] == "<mailto:intros@example.test>"
    assert msg["MIME-Version"] == "1.0"
    assert sorted(k.lower() for k in msg) == sorted(
        [
            "from", "to", "cc", "reply-to", "subject", "date", "message-id", "in-reply-to",
            "references", "auto-submitted", "x-intro-id", "list-unsubscribe",
            "mime-version", "content-type",
        ]
    )  # fmt: skip
    assert b"hidden@example.test" not in raw
    assert msg.get_content_type() == "multipart/alternative"
    parts = list(msg.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" for p in parts)
    assert content(parts[0]) == m.text
    assert content(parts[1]) == m.html
    assert not msg.defects and not any(p.defects for p in parts)


def test_text_only_mail_is_a_single_plain_part() -> None:
    raw = message_bytes(mail(html=None))
    assert_wire_format(raw)
    msg = parse(raw)
    assert msg.get_content_type() == "text/plain"
    assert not msg.is_multipart()
    assert content(msg) == "Hello Alice,\n\nReply yes or no.\n"


def test_body_containing_the_boundary_still_splits_into_two_parts() -> None:
    first = parse(message_bytes(mail()))
    boundary = first.get_boundary()
    assert boundary is not None
    text = f"--{boundary}\nContent-Type: text/html\n\n<b>forged</b>\n--{boundary}--\n"
    msg = parse(message_bytes(mail(text=text)))
    parts = list(msg.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert content(parts[0]) == text


def test_same_mail_same_bytes() -> None:
    assert message_bytes(mail()) == message_bytes(mail())


def test_non_ascii_domain_is_written_as_idna() -> None:
    raw = message_bytes(mail(to=(Address("Ann", "ann@bücher.test"),)))
    assert_wire_format(raw)
    assert parse(raw)["To"].addresses[0].addr_spec == "ann@xn--bcher-kva.test"


def test_local_part_that_needs_quotes_is_quoted() -> None:
    raw = message_bytes(mail(to=(Address("Ann", "ann lee@example.test"),)))
    assert parse(raw)["To"].addresses[0].addr_spec == '"ann lee"@example.test'


@pytest.mark.parametrize("name", ["Bcc", "To", "X-Bad: Name", "Subject", "x y", ""])
def test_extra_header_names_are_checked(name: str) -> None:
    with pytest.raises(ValueError, match="not an extra header name"):
        message_bytes(mail(extra_headers=((name, "v"),)))


def test_build_message_matches_the_bytes() -> None:
    m = mail(cc=(Address("Zoë, Z", "zoe@example.test"),), bcc=(Address("B", "b@example.test"),))
    msg = build_message(m)
    assert msg["Cc"].addresses[0].display_name == "Zoë, Z"
    assert "Bcc" not in msg
    assert msg.get_content_type() == "multipart/alternative"
    body = msg.get_body(("plain",))
    assert body is not None and content(body) == m.text
