"""The quick looks of ``find_forward`` (a text with no marker and no colon holds no
forward) and ``signature_start`` (a blank line signs nothing) give what the full
readings give, on every labelled mail and every text of the public corpora and on
random texts near the colons, markers, rules and names they look for."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.message import parse_message
from agent.understanding.forwards import (
    _HEADER_LINE,
    Forward,
    _header_field,
    _read_block,
    find_forward,
)
from agent.understanding.request_rules import load_rules
from agent.understanding.signatures import (
    _SIGNATURE_RULE,
    _bare,
    _signing,
    _titled,
    signature_start,
)

_REPO = Path(__file__).resolve().parents[3]
_DATA = _REPO / "tests" / "data"
_CORPORA = _REPO.parent / "shared" / "corpora"


def _reference_find_forward(
    text: str,
    markers: Iterable[str],
    labels: Mapping[str, str],
    quote_markers: Iterable[str] = (),
) -> Forward | None:
    """``find_forward`` as it went over every line, before the look for a colon."""
    lines = text.splitlines()
    folded = text.casefold()
    marker_list = tuple(marker for marker in markers if marker in folded)
    weak_list = tuple(marker for marker in quote_markers if marker in folded)
    for index, line in enumerate(lines):
        if not marker_list and not weak_list and ":" not in line:
            continue
        lowered = line.strip().casefold()
        if not lowered:
            continue
        marked = any(marker in lowered for marker in marker_list)
        is_marker = marked or any(marker in lowered for marker in weak_list)
        start = index + 1 if is_marker else index
        if not is_marker:
            match = _HEADER_LINE.match(line)
            if not match or _header_field(match.group(1), labels) != "from":
                continue
        forward = _read_block(lines, start, labels)
        if forward is not None:
            note = "\n".join(lines[:index])
            return Forward(note, marked, *forward)
        if is_marker:
            continue
    return None


def _reference_signature_start(text: str, writer: str) -> int:
    """``signature_start`` as it read blank lines too."""
    names, full, longest = _signing(writer)
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        if number and (
            ("--" in line and _SIGNATURE_RULE.match(line))
            or (len(line.strip()) <= longest and _bare(line) in names)
            or (full and len(line.strip()) <= longest + len(full) and _titled(line, full))
        ):
            return offset
        offset += len(line)
    return len(text)


def _mails() -> list[tuple[str, str]]:
    """Each mail's text and its sender's name; a corpus text with a made-up name."""
    found = []
    for path in sorted(_DATA.rglob("*.eml")):
        message = parse_message(path.read_bytes())
        found.append((message.text, message.sender.name if message.sender else ""))
    if _CORPORA.is_dir():
        for path in sorted(_CORPORA.rglob("*")):
            if path.suffix == ".eml":
                message = parse_message(path.read_bytes())
                found.append((message.text, message.sender.name if message.sender else ""))
            elif path.suffix == ".txt" and path.is_file():
                found.append((path.read_text(encoding="utf-8", errors="replace"), "John Doe"))
    return found


def _outcome(find: Callable[..., Forward | None], text: str) -> object:
    """What ``find`` gives for ``text``, or the kind of error it raises: the standard
    library's address reader exhausts the stack on some corpus texts, either way."""
    rules = load_rules()
    try:
        return find(text, rules.forward_markers, rules.forward_labels, rules.quote_markers)
    except RecursionError as error:
        return type(error)


def _find_both(text: str) -> tuple[object, object]:
    return _outcome(find_forward, text), _outcome(_reference_find_forward, text)


def test_both_looks_agree_on_every_mail() -> None:
    mails = _mails()
    assert len(mails) > 1000
    forwards = 0
    for text, writer in mails:
        new, old = _find_both(text)
        assert new == old
        forwards += isinstance(new, Forward)
        for name in (writer, "Ann Lee", "D"):
            assert signature_start(text, name) == _reference_signature_start(text, name)
    # The sets hold forwards, so the look is tried on both kinds of mail.
    assert forwards > 20


_PIECES = [
    "From: Ann Lee <ann@acme.example>",
    "Von: Ann",
    "De : Ann",
    "To: Bob <bob@b.example>",
    "Subject: intro",
    "Sent: Monday",
    "---------- Forwarded message ---------",
    "-----Original Message-----",
    "Begin forwarded message:",
    "________________________________",
    "--",
    "-- ",
    "Ann",
    "Ann Lee",
    "Dr. Ann Lee PhD",
    "Thanks,",
    "AL",
    "",
    " ",
    "\t",
    "hello: there",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_PIECES), st.text(alphabet="AnL :-\t>*", max_size=8)),
        max_size=12,
    ).map("\n".join),
    st.sampled_from(["Ann Lee", "Ann", "", "Dr Ann Lee"]),
)
def test_both_looks_agree_near_their_words(text: str, writer: str) -> None:
    new, old = _find_both(text)
    assert new == old
    assert signature_start(text, writer) == _reference_signature_start(text, writer)
