"""How a writer signs is worked out once per writer and a "--" rule is matched only on a
line holding "--": the signature starts where it started when each line was matched and
the writer's names worked out anew, in every labelled mail under its sender's name and in
random texts of names, rules and lines."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.message import parse_message
from agent.understanding import signatures
from agent.understanding.signatures import signature_start

_DATA = Path(__file__).resolve().parents[2] / "data"
_RULE = re.compile(r"^\s*--\s*$")


def _words(text: str) -> list[str]:
    return [
        w
        for w in re.split(r"[\s,]+", text.casefold())
        if re.fullmatch(r"[^\W\d_]+(?:['-][^\W\d_]+)*", w)
    ]


def _old_orders(writer: str) -> list[list[str]]:
    """The name's words, given name first for a "Surname, Given" name, then as given."""
    words = _words(writer)
    surname, _, given = writer.partition(",")
    plain = given.split()
    if (
        not words
        or not plain
        or "," in given
        or not plain[0][0].isupper()
        or sum(c.isupper() for c in plain[0]) > 1
        or not all(re.fullmatch(r"[^\W\d_]+(?:['-][^\W\d_]+)*", w.rstrip(".")) for w in plain)
        or not _words(given)
        or len(_words(given)) >= len(words)
    ):
        return [words] if words else []
    return [_words(given) + _words(surname), words]


def _old_sign_offs(writer: str) -> set[str]:
    signs: set[str] = set()
    for words in _old_orders(writer):
        signs |= {words[0], " ".join(words), words[0][0], "".join(w[0] for w in words)}
        # "G. Brandl" for Georg Brandl: the first name's initial before the surname.
        if len(words) > 1:
            signs.add(f"{words[0][0]} {words[-1]}")
    return signs


def _old_signature_start(text: str, writer: str) -> int:
    """``signature_start`` as it was: the names worked out and each line matched."""
    names = _old_sign_offs(writer)
    orders = _old_orders(writer)
    full = " ".join(orders[0]) if orders and len(orders[0]) > 1 else ""
    longest = max(map(len, names), default=-1) + 24
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        if number and (
            _RULE.match(line)
            or (len(line.strip()) <= longest and signatures._bare(line) in names)
            or (
                full and len(line.strip()) <= longest + len(full) and signatures._titled(line, full)
            )
        ):
            return offset
        offset += len(line)
    return len(text)


@cache
def _labelled() -> list[tuple[str, str]]:
    found = []
    for eml in sorted(_DATA.glob("*/*.eml")):
        message = parse_message(eml.read_bytes())
        name = message.sender.name if message.sender and message.sender.name else ""
        found.append((message.text or "", name))
    return found


def test_signatures_of_labelled_mail_start_where_they_started() -> None:
    signed = 0
    for text, writer in _labelled():
        for who in (writer, "", "Ann Lee", writer.split(" ")[0]):
            at = signature_start(text, who)
            assert at == _old_signature_start(text, who), (text[:80], who)
            signed += at < len(text)
    assert signed > 100


_LINES = ["--", " -- ", "--\u00a0", "-- x", "---", "Ann", "Ann Lee", "ann lee!", "Dr. Ann Lee"]
_LINES += ["A", "AL", "Thanks,", "Hi Bob", "Ann Lee PhD", "Prof Ann Lee FBA", "", " ", "\u2028"]


@settings(max_examples=1500, deadline=None)
@given(
    lines=st.lists(st.sampled_from(_LINES), max_size=8),
    ends=st.lists(st.sampled_from(["\n", "\r\n", "\n\n", "\x1c", "\u2029"]), min_size=8),
    writer=st.sampled_from(["Ann Lee", "ann", "Lee, Ann", "", "A. Lee", "Ann-Marie O'Lee"]),
)
def test_signatures_of_random_text_start_where_they_started(
    lines: list[str], ends: list[str], writer: str
) -> None:
    text = "".join(line + end for line, end in zip(lines, ends, strict=False))
    assert signature_start(text, writer) == _old_signature_start(text, writer)
    assert signatures._sign_offs(writer) == _old_sign_offs(writer)
