"""Tests for agent.message: the hand-written fixtures, the header helpers, the limits.

Each ``tests/fixtures/messages/NAME.eml`` has ``NAME.expected.json`` beside it; every
key present there is compared with the parsed message.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent import message as message_module
from agent.message import (
    Address,
    ParsedMessage,
    decode_bytes,
    decode_header_value,
    parse_addresses,
    parse_date,
    parse_ids,
    parse_message,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "messages"
FIXTURE_NAMES = sorted(path.stem for path in FIXTURES.glob("*.eml"))


def _pairs(addresses: tuple[Address, ...]) -> list[list[str]]:
    return [[address.name, address.email] for address in addresses]


def _failures(parsed: ParsedMessage) -> list[str]:
    """Defects that mean the parser itself broke, as opposed to the message."""
    return [defect for defect in parsed.defects if "failure" in defect]


def test_fixture_set_is_complete() -> None:
    assert len(FIXTURE_NAMES) >= 6
    for name in FIXTURE_NAMES:
        assert (FIXTURES / f"{name}.expected.json").is_file(), name


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_matches_expectation(name: str) -> None:
    raw = (FIXTURES / f"{name}.eml").read_bytes()
    expected: dict[str, Any] = json.loads(
        (FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8")
    )
    parsed = parse_message(raw)

    assert parsed.size == len(raw)
    simple = (
        "message_id",
        "subject",
        "content_type",
        "text",
        "text_from_html",
        "html",
    )
    for key in simple:
        if key in expected:
            assert getattr(parsed, key) == expected[key], key
    for key in ("in_reply_to", "references", "attachments", "defects"):
        if key in expected:
            assert list(getattr(parsed, key)) == expected[key], key
    for key, attr in (("from", "from_"), ("to", "to"), ("cc", "cc"), ("reply_to", "reply_to")):
        if key in expected:
            assert _pairs(getattr(parsed, attr)) == expected[key], key
    if "date" in expected:
        want = expected["date"]
        assert (parsed.date.isoformat() if parsed.date else None) == want
        if parsed.date is not None:
            assert parsed.date.tzinfo is not None
    for fragment in expected.get("html_contains", []):
        assert parsed.html is not None and fragment in parsed.html
    for header, count in expected.get("header_counts", {}).items():
        assert len(parsed.header_all(header)) == count, header
    for header, value in expected.get("header_first", {}).items():
        assert parsed.header(header) == value, header


def test_all_header_values_kept_in_order() -> None:
    raw = (
        b"Received: from c by d; Tue, 14 May 2024 02:31:07 -0700\r\n"
        b"Authentication-Results: first; spf=pass\r\n"
        b"received: from a\r\n by b; Tue, 14 May 2024 02:31:00 -0700\r\n"
        b"AUTHENTICATION-RESULTS: second; dkim=fail\r\n"
        b"From: a@example.com\r\n\r\nbody\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.header_all("Received") == (
        "from c by d; Tue, 14 May 2024 02:31:07 -0700",
        "from a by b; Tue, 14 May 2024 02:31:00 -0700",
    )
    assert parsed.headers["authentication-results"] == ("first; spf=pass", "second; dkim=fail")
    assert parsed.text == "body"


def test_sender_and_thread_ids() -> None:
    parsed = parse_message((FIXTURES / "multipart_alternative.eml").read_bytes())
    assert parsed.sender == Address("Carol Diaz", "carol@example.org")
    assert parsed.thread_ids == ("<root.1@example.org>", "<prev.6@example.org>")


# -- header helpers -------------------------------------------------------------------


def test_encoded_words_joined_across_split_characters() -> None:
    # "é" is split over two words; the blank between them is not text.
    assert decode_header_value("=?utf-8?q?caf=C3?= =?utf-8?q?=A9?= ok") == "café ok"


def test_encoded_word_in_unknown_charset_falls_back() -> None:
    defects: list[str] = []
    assert decode_header_value("=?x-bogus?q?d=E9j=E0?=", defects) == "déjà"
    assert defects == ["unknown-charset:x-bogus"]


def test_encoded_word_without_base64_padding() -> None:
    assert decode_header_value("=?utf-8?b?w6k?=") == "é"


def test_encoded_word_that_is_not_one_stays_text() -> None:
    assert decode_header_value("=?utf-8?x?abc?= and =?") == "=?utf-8?x?abc?= and =?"


def test_iso_2022_jp_is_decoded_though_it_is_ascii_bytes() -> None:
    assert decode_header_value("=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=") == "日本語"


@pytest.mark.parametrize(
    ("data", "charset", "text", "defects"),
    [
        (b"caf\xe9", "iso-8859-1", "café", []),
        (b"caf\xc3\xa9", "iso-8859-1", "café", ["charset-mismatch:iso-8859-1"]),
        (b"\xc0\xe1\xe2", "windows-1251", "Абв", []),
        (b"caf\xc3\xa9", None, "café", []),
        (b"caf\xe9", None, "café", []),
        (b"caf\xe9", "utf-8", "café", ["undecodable-text:utf-8"]),
        (b"\x93hi\x94", "x-unknown-thing", "\u201chi\u201d", ["unknown-charset:x-unknown-thing"]),
        (b"\xa4\xa4\xa4\xe5", "big5", "中文", []),
        (b"\xb0\xa1", "ks_c_5601-1987", "가", []),
    ],
)
def test_decode_bytes(data: bytes, charset: str | None, text: str, defects: list[str]) -> None:
    found: list[str] = []
    assert decode_bytes(data, charset, found) == text
    assert found == defects


def test_parse_ids_normalises() -> None:
    assert parse_ids("  < a@b >  <c@d>\r\n <a@b>") == ("<a@b>", "<c@d>")
    assert parse_ids("bare@id.example") == ("<bare@id.example>",)
    assert parse_ids("") == ()
    assert parse_ids("no ids here") == ()


@pytest.mark.parametrize(
    ("value", "expected", "defective"),
    [
        ('"Smith, Ann" <ann@example.com>', [("Smith, Ann", "ann@example.com")], False),
        ("ann@example.com (Ann Smith)", [("Ann Smith", "ann@example.com")], False),
        (
            "Team: a@example.com, B <b@example.com>;",
            [("", "a@example.com"), ("B", "b@example.com")],
            False,
        ),
        ("undisclosed-recipients:;", [], False),
        (", , bob@example.com", [("", "bob@example.com")], False),
        ("Mail Delivery System <>", [("Mail Delivery System", "")], True),
        ("Joe <joe@example.com", [("Joe", "joe@example.com")], True),
        ("Ann <a@example.com<mailto:a@example.com>>", [("Ann", "a@example.com")], True),
        ("Ann <A@Example.com<mailto:a@example.com>>", [("Ann", "A@Example.com")], True),
        (
            "Ann <a@example.com<mailto:a@example.com>>,"
            " Bob Ray <b@example.com<mailto:b@example.com>>",
            [("Ann", "a@example.com"), ("Bob Ray", "b@example.com")],
            True,
        ),
        ("a@example.com b@example.com", [("", "a@example.com"), ("", "b@example.com")], True),
        # Outlook's semicolons between mailboxes.
        (
            "Ann Lee <ann@example.com>; Bob Ray <bob@example.com>",
            [("Ann Lee", "ann@example.com"), ("Bob Ray", "bob@example.com")],
            True,
        ),
        (
            "ann@example.com; Bob Ray <bob@example.com>;",
            [("", "ann@example.com"), ("Bob Ray", "bob@example.com")],
            True,
        ),
        # A semicolon in a quoted name is the name's.
        ('"Lee; Ann" <ann@example.com>', [("Lee; Ann", "ann@example.com")], False),
        ("<<bad@@x>>, foo", [], True),
    ],
)
def test_parse_addresses(value: str, expected: list[tuple[str, str]], defective: bool) -> None:
    defects: list[str] = []
    found = parse_addresses((value,), "to", defects)
    assert [(a.name, a.email) for a in found] == expected
    assert ("bad-address:to" in defects) is defective


def test_ambiguous_address_is_not_misread_as_another() -> None:
    # The stdlib's lenient reading of this (CVE-2023-27043) would yield only
    # "alice@example.org"; both candidates are kept instead, and the header is flagged.
    defects: list[str] = []
    found = parse_addresses(("alice@example.org)<bob@example.org>",), "from", defects)
    assert "bad-address:from" in defects
    assert "bob@example.org" in [a.email for a in found]


def test_parse_date() -> None:
    defects: list[str] = []
    assert parse_date("Tue, 14 May 2024 11:30:55 +0200", defects) == datetime(
        2024, 5, 14, 11, 30, 55, tzinfo=timezone(timedelta(hours=2))
    )
    unknown_zone = parse_date("14 May 2024 11:30:55 -0000", defects)
    assert unknown_zone is not None and unknown_zone.tzinfo is UTC
    assert defects == []
    assert parse_date("Someday soon", defects) is None
    assert defects == ["bad-date"]


@pytest.mark.parametrize(
    "value",
    [
        "Tue, 14 May 2024 11:30:55 +0200",
        "14 May 2024 11:30 -0530",
        "Mon, 1 Jan 2024 00:00:00 +0000",
        "Sat, 28 Nov 2026 23:59:59 +1400",
        "Tue, 14 May 2024 11:30:55 -0000",
        "Fri, 31 Feb 2024 09:12:44 +0200",
        "Tue, 14 Foo 2024 09:12:44 +0200",
        "Sat, 28 Nov 2026 24:00:00 +0100",
        "Tue, 14 May 24 11:30:55 GMT",
        "Tue,  14 May 2024 11:30:55 +0200 (CEST)",
    ],
)
def test_parse_date_reads_the_common_form_as_the_general_reader_does(value: str) -> None:
    # The common RFC 5322 form is read at once; every other form, and every impossible
    # date of the common form, goes to the general reader, with the same result.
    fast: list[str] = []
    general: list[str] = []
    got = parse_date(value, fast)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(message_module, "_COMMON_DATE", re.compile(r"(?!)"))
        want = parse_date(value, general)
    assert (got, fast) == (want, general)
    assert got is None or got.utcoffset() == want.utcoffset()  # type: ignore[union-attr]


# -- structure ------------------------------------------------------------------------


def test_plain_text_without_headers() -> None:
    parsed = parse_message(b"Hi, please introduce Ann to Bob.\nThanks")
    assert parsed.text == "Hi, please introduce Ann to Bob.\nThanks"
    assert "no-headers" in parsed.defects


def test_mbox_envelope_line_is_skipped() -> None:
    parsed = parse_message(b"From someone@example.com Mon Jan  1 00:00:00 2024\nSubject: x\n\nhi\n")
    assert parsed.subject == "x"
    assert parsed.text == "hi"


def test_forward_as_message_rfc822_supplies_text_when_outer_has_none() -> None:
    raw = (
        b"From: a@example.com\nSubject: Fwd\nContent-Type: message/rfc822\n\n"
        b"From: b@example.com\nSubject: inner\n\ninner body\n"
    )
    parsed = parse_message(raw)
    assert parsed.subject == "Fwd"
    assert parsed.text == "inner body"


def test_text_attachment_is_not_body() -> None:
    raw = (
        b"From: a@example.com\nContent-Type: multipart/mixed; boundary=b\n\n"
        b"--b\nContent-Type: text/plain\n\nthe body\n"
        b"--b\nContent-Type: text/plain; name=log.txt\n\nlog lines\n--b--\n"
    )
    parsed = parse_message(raw)
    assert parsed.text == "the body"
    assert parsed.attachments == ("log.txt",)


def test_html_only_with_quote_keeps_quote_markers() -> None:
    raw = (
        b"From: a@example.com\nContent-Type: text/html; charset=utf-8\n\n"
        b"<div>Yes please</div><blockquote>Would you like it?</blockquote>"
    )
    parsed = parse_message(raw)
    assert parsed.text == "Yes please\n> Would you like it?"
    assert parsed.text_from_html


def test_base64_label_on_plain_text() -> None:
    raw = (
        b"From: a@example.com\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
        b"this was never  base64 at all\n"
    )
    parsed = parse_message(raw)
    assert parsed.text == "this was never  base64 at all"
    assert "bad-base64:not-encoded" in parsed.defects


# -- limits and hostile input ---------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "defect"),
    [
        (b"", "empty-input"),
        (b"\r\n \t\r\n", "empty-input"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "not-a-message:binary-data"),
    ],
)
def test_no_message_at_all(raw: bytes, defect: str) -> None:
    parsed = parse_message(raw)
    assert parsed.defects == (defect,)
    assert parsed.text == "" and parsed.from_ == () and parsed.headers == {}


def test_deep_multipart_nesting_is_cut() -> None:
    depth = 300
    head = b"".join(
        b"--b%d\nContent-Type: multipart/mixed; boundary=b%d\n\n" % (i, i + 1) for i in range(depth)
    )
    raw = b"From: a@example.com\nContent-Type: multipart/mixed; boundary=b0\n\n" + head + b"x\n"
    parsed = parse_message(raw)
    assert "nesting-too-deep" in parsed.defects
    assert _failures(parsed) == []


def test_deep_message_rfc822_nesting_is_cut() -> None:
    raw = b"Content-Type: message/rfc822\n\n" * 400 + b"Subject: core\n\ncore text\n"
    parsed = parse_message(b"From: a@example.com\n" + raw)
    assert "nesting-too-deep" in parsed.defects
    assert _failures(parsed) == []


def test_too_many_parts() -> None:
    parts = b"".join(b"--b\nContent-Type: text/plain\n\npart %d\n" % i for i in range(2000))
    raw = b"Content-Type: multipart/mixed; boundary=b\n\n" + parts + b"--b--\n"
    parsed = parse_message(raw)
    assert "too-many-parts" in parsed.defects
    assert parsed.text.startswith("part 0\npart 1\n")


def test_oversized_input_is_truncated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(message_module, "MAX_INPUT_BYTES", 1000)
    raw = b"Subject: big\n\n" + b"word " * 1000
    parsed = parse_message(raw)
    assert "truncated-input" in parsed.defects
    assert parsed.size == len(raw)
    assert len(parsed.text) < 1000


def test_bytearray_and_memoryview_are_accepted() -> None:
    raw = b"Subject: s\n\nbody"
    assert parse_message(bytearray(raw)).subject == "s"
    assert parse_message(memoryview(raw)).subject == "s"


def test_unusable_input_is_reported_not_raised() -> None:
    parsed = parse_message(object())
    assert parsed.defects[0].startswith("parse-failure:")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_never_break_the_parser(raw: bytes) -> None:
    parsed = parse_message(raw)
    assert isinstance(parsed, ParsedMessage)
    assert _failures(parsed) == []


_MESSAGE_ALPHABET = st.sampled_from(
    [
        b"\r\n",
        b"\n",
        b"\r",
        b":",
        b" ",
        b"\t",
        b"--",
        b"=?",
        b"?=",
        b"<",
        b">",
        b'"',
        b";",
        b"=",
        b"\x00",
        b"\xff",
        b"\xc3",
        b"boundary=",
        b"Content-Type: multipart/mixed;",
        b"Content-Type: message/rfc822",
        b"charset=",
        b"base64",
        b"quoted-printable",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(FIXTURE_NAMES),
    st.lists(
        st.tuples(st.integers(min_value=0), st.integers(0, 40), _MESSAGE_ALPHABET), max_size=8
    ),
)
def test_mutated_fixtures_never_break_the_parser(
    name: str, edits: list[tuple[int, int, bytes]]
) -> None:
    raw = bytearray((FIXTURES / f"{name}.eml").read_bytes())
    for position, cut, insert in edits:
        at = position % (len(raw) + 1)
        raw[at : at + cut] = insert
    parsed = parse_message(bytes(raw))
    assert _failures(parsed) == []


def test_long_html_is_cut_before_rendering(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(message_module, "MAX_HTML_TO_TEXT", 50)
    raw = b"Content-Type: text/html\n\n<p>" + b"word " * 100 + b"</p>"
    parsed = parse_message(raw)
    assert "html-cut-for-text" in parsed.defects
    assert parsed.html is not None and len(parsed.html) > 500
    assert 0 < len(parsed.text) <= 50


@pytest.mark.parametrize(
    "raw",
    [
        b"From: a" + b" " * 60_000 + b"x\n\nbody",
        b"To: a" + b" \t" * 30_000 + b"<x\n\nbody",
        b"To: a:" + b" " * 60_000 + b"x\n\nbody",
        b"From: a" + b" " * 60_000 + b"<>\n\nbody",
        b"To: " + b"a" * 60_000 + b" x\n\nbody",
        b"To: " + b"a@" * 30_000 + b"\n\nbody",
        b"Subject: " + b"=?utf-8?q?" * 6_000 + b"\n\nbody",
        b"Content-Type: text/plain" + b'; a="' * 10_000 + b"\n\nbody",
        b"X: y\n" * 100_000 + b"\nbody",
        b"Content-Type: multipart/mixed; boundary=a\n\n" + b"--ab\n" * 100_000,
    ],
)
def test_hostile_headers_parse(raw: bytes) -> None:
    # A quadratic parser would hang here; the suite's timeout catches that, and
    # bench/message_parse.py measures the speed.
    parsed = parse_message(raw)
    assert _failures(parsed) == []


@pytest.mark.parametrize(
    "raw",
    [b"From what I hear, Ann wants to meet Bob.\n", b"    indented first line\nmore text\n"],
)
def test_text_that_only_looks_like_a_header_start_is_kept(raw: bytes) -> None:
    parsed = parse_message(raw)
    assert parsed.text == raw.decode().strip("\n")
    assert "no-headers" in parsed.defects


def test_html_mailto_link_keeps_its_address_beside_the_name() -> None:
    raw = (
        b"From: a@example.com\nContent-Type: text/html; charset=utf-8\n\n"
        b'<p>Meet <a href="mailto:thanh%40saigon.example?subject=hi">Thanh Nguyen</a>, '
        b'<a href="mailto:ann@x.example">ann@x.example</a> and '
        b'<a href="https://x.example">our site</a>.</p>'
    )
    parsed = parse_message(raw)
    assert parsed.text == ("Meet Thanh Nguyen <thanh@saigon.example>, ann@x.example and our site.")
