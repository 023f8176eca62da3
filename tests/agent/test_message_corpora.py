"""agent.message against the public email test corpora in ../shared/corpora.

Every regular file there is parsed (messages, mbox files, HTML and plain-text bodies,
an Outlook .msg binary, licence texts): none may make the parser fail. Where a corpus
states expected results cheaply, a few fields are checked against them. Without the
corpora folder each test here says so and skips itself.
"""

from __future__ import annotations

import json
import time
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.message import ParsedMessage, parse_message

CORPORA = (Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora").resolve()
# Not messages of any kind; parsed all the same, but not counted as corpus messages.
_LICENCE_NAMES = ("license", "licence", "copying", "notice", "readme", "manifest", "artistic")
# 1,185 files in the snapshot (MANIFEST.md), of which 18 are licence and manifest texts.
_MIN_MESSAGES = 1150


def _require_corpora() -> None:
    if not CORPORA.is_dir():
        pytest.skip(f"email corpora not found at {CORPORA}; this test needs them")


@cache
def _all_files() -> tuple[Path, ...]:
    return tuple(sorted(path for path in CORPORA.rglob("*") if path.is_file()))


def _is_licence(path: Path) -> bool:
    return path.name.lower().startswith(_LICENCE_NAMES)


def _failures(parsed: ParsedMessage) -> list[str]:
    """Defects that mean the parser itself broke, as opposed to the message."""
    return [defect for defect in parsed.defects if "failure" in defect]


def _parse(relative: str) -> ParsedMessage:
    return parse_message((CORPORA / relative).read_bytes())


def _expectations(source: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (CORPORA / source / "expectations.json").read_text(encoding="utf-8")
    )
    return data


def test_every_corpus_file_parses() -> None:
    _require_corpora()
    files = _all_files()
    messages = [path for path in files if not _is_licence(path)]
    total_bytes = 0
    broken: list[tuple[str, list[str]]] = []
    started = time.perf_counter()
    for path in files:
        raw = path.read_bytes()
        total_bytes += len(raw)
        parsed = parse_message(raw)
        assert isinstance(parsed, ParsedMessage)
        assert parsed.size == len(raw)
        if _failures(parsed):
            broken.append((str(path.relative_to(CORPORA)), _failures(parsed)))
    elapsed = time.perf_counter() - started
    print(
        f"\nparsed {len(files)} corpus files ({len(messages)} not licence texts, "
        f"{total_bytes / 1e6:.1f} MB) in {elapsed:.2f} s: {len(files) / elapsed:.0f} files/s"
    )
    assert broken == []
    assert len(messages) >= _MIN_MESSAGES


def test_hostile_inputs_are_bounded() -> None:
    _require_corpora()
    endless = _parse("flanker/enclosed-endless.eml")
    assert endless.subject == "Wow"
    assert {"too-many-parts", "nesting-too-deep"} & set(endless.defects)
    outlook = _parse("spamscope-mail-parser/mail_outlook_1")
    assert outlook.defects == ("not-a-message:binary-data",)
    deep = _parse("mimekit/messages/stack-overflow.txt")
    assert deep.subject == "Message Subject"


@pytest.mark.parametrize(
    ("name", "content_type", "defect"),
    [
        ("msg_01.txt", "text/plain", None),
        ("msg_14.txt", "text/plain", "invalid-content-type"),
        ("msg_15.txt", "multipart/mixed", "start-boundary-not-found"),
        ("msg_41.txt", "text/plain", "multipart-without-boundary"),
        ("msg_40.txt", "text/html", None),
    ],
)
def test_cpython_content_types_and_defects(
    name: str, content_type: str, defect: str | None
) -> None:
    _require_corpora()
    assert name in _expectations("cpython-test_email")
    parsed = _parse(f"cpython-test_email/{name}")
    assert parsed.content_type == content_type
    if defect is not None:
        assert defect in parsed.defects


def test_cpython_attachment_names_and_lost_separator() -> None:
    _require_corpora()
    expected = _expectations("cpython-test_email")
    for name in ("msg_04.txt", "msg_44.txt"):
        parsed = _parse(f"cpython-test_email/{name}")
        assert list(parsed.attachments) == expected[name]["attachment_filenames"]
    # No blank line after the headers: the first body line must survive.
    parsed = _parse("cpython-test_email/msg_35.txt")
    assert "missing-header-body-separator" in parsed.defects
    assert parsed.text.startswith("counter to RFC 5322")


def test_php_mime_mail_parser_expectations() -> None:
    _require_corpora()
    checked = 0
    for name, expected in _expectations("php-mime-mail-parser").items():
        path = CORPORA / "php-mime-mail-parser" / name
        if name.startswith("_") or "subject" not in expected or not path.is_file():
            continue
        parsed = parse_message(path.read_bytes())
        assert parsed.subject == expected["subject"], name
        for key, addresses in (("from_addresses", parsed.from_), ("to_addresses", parsed.to)):
            if key not in expected:
                continue
            want = [(a["display"], a["address"]) for a in expected.get(key, [])]
            # Upstream shows the address where there is no display name.
            got = [(a.name or a.email, a.email) for a in addresses]
            assert got == want, (name, key)
        # Upstream invents "nonameN" for parts without a name; those have none to list.
        named = [
            a["filename"]
            for a in expected.get("attachments", [])
            if not a["filename"].startswith("noname")
        ]
        assert [n for n in parsed.attachments if n in named] == named, name
        exact = expected.get("text_body", {}).get("exact")
        if exact is not None:
            assert parsed.text.strip() == exact.strip(), name
        checked += 1
    print(f"\nphp-mime-mail-parser: {checked} messages checked against expectations")
    assert checked >= 20


@pytest.mark.parametrize(
    ("name", "defect"),
    [
        ("bad-final-boundary.raw", "close-boundary-not-found"),
        ("unk-encoding-part.raw", "unknown-transfer-encoding:base9000"),
        ("unk-charset-part.raw", "unknown-charset:"),
        ("incorrect-charset.raw", "charset-mismatch:us-ascii"),
    ],
)
def test_enmime_low_quality_warnings(name: str, defect: str) -> None:
    _require_corpora()
    assert f"low-quality/{name}" in _expectations("enmime")
    parsed = _parse(f"enmime/low-quality/{name}")
    assert any(found.startswith(defect) for found in parsed.defects), parsed.defects
    assert parsed.text


def test_enmime_html_only_is_rendered_as_text() -> None:
    _require_corpora()
    parsed = _parse("enmime/low-quality/html-only-inline.raw")
    assert parsed.text_from_html
    assert parsed.html is not None and "<" in parsed.html
    assert "<" not in parsed.text and parsed.text.strip()


@cache
def _small_messages() -> tuple[Path, ...]:
    suffixes = (".eml", ".msg", ".raw", ".txt")
    return tuple(
        path
        for path in _all_files()
        if path.suffix in suffixes and not _is_licence(path) and path.stat().st_size < 20_000
    )


_NOISE = st.sampled_from(
    [
        b"\r\n",
        b"\n",
        b"\r",
        b":",
        b" ",
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
        b"charset=",
        b"Content-Type: multipart/mixed;",
    ]
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.integers(min_value=0),
    st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 64), _NOISE), max_size=10),
)
def test_mutated_corpus_messages_never_break_the_parser(
    pick: int, edits: list[tuple[int, int, bytes]]
) -> None:
    _require_corpora()
    files = _small_messages()
    assert files
    raw = bytearray(files[pick % len(files)].read_bytes())
    for position, cut, insert in edits:
        at = position % (len(raw) + 1)
        raw[at : at + cut] = insert
    parsed = parse_message(bytes(raw))
    assert _failures(parsed) == []
