"""Tests of agent/mail/compose.py: no header injection, stable Message-IDs, RFC 3834 marks."""

from __future__ import annotations

import dataclasses
import email
from datetime import UTC, datetime
from email import policy

import pytest

from agent.mail.compose import (
    OutgoingMail,
    make_message_id,
    message_bytes,
    one_line,
)
from agent.message import Address

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
