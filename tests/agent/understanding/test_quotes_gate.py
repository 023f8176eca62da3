"""The quick look that passes over lines that cannot start a quote finds what the full
reading of every line finds: on every line of the labelled mails and the public
corpora, and on random lines built near the words, marks and colons it looks for."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.message import parse_message
from agent.understanding import quotes
from agent.understanding.quotes import (
    _DATE_LIKE,
    _MAX_HEADER_CHARS,
    _MAX_HEADER_LINES,
    _QUOTE_MARK,
    _QUOTED,
    _RULE_LINE,
    _has_address,
    _header_block_at,
    _is_date_address_header,
    _is_wrote_header,
    _may_wrap,
    _next_nonblank,
    _Patterns,
    _patterns,
    _quote_openings,
    _quote_start,
)

_REPO = Path(__file__).resolve().parents[3]
_DATA = _REPO / "tests" / "data"
_CORPORA = _REPO.parent / "shared" / "corpora"


def _reference_quote_start(lines: list[str], i: int, p: _Patterns) -> int | None:
    """``_quote_start`` as it read every line in full, before the quick look."""
    line = lines[i]
    stripped = line.strip()
    if not stripped or len(line) > _MAX_HEADER_CHARS * 2:
        return None
    if _QUOTED.match(line):
        return 0
    block = _header_block_at(lines, i, p)
    if block:
        return block
    separated = p.separator.fullmatch(line) is not None
    if separated or _RULE_LINE.fullmatch(line):
        j = i + 1
        while j < len(lines) and j <= i + 2 and not lines[j].strip():
            j += 1
        block = _header_block_at(lines, j, p) if j < len(lines) else 0
        if block:
            return j - i + block
        return 1 if separated else None
    if (
        len(line) <= 200
        and _DATE_LIKE.match(stripped)
        and _has_address(line)
        and _QUOTE_MARK.match(_next_nonblank(lines, i + 1))
    ):
        return 1
    loose = p.opener.match(line) is not None
    wraps = loose or _may_wrap(line)
    window = line
    nxt = i
    for _ in range(_MAX_HEADER_LINES + (3 if loose else 0)):
        if _is_wrote_header(window, p) or _is_date_address_header(window):
            return nxt - i + 1
        nxt += 1
        while loose and nxt < len(lines) and nxt <= i + 4 and not lines[nxt].strip():
            nxt += 1
        if not wraps or nxt >= len(lines) or not lines[nxt].strip():
            return None
        if p.opener.match(lines[nxt]):
            return None
        if _QUOTED.match(lines[nxt]) and len(lines[nxt].strip()) > 12:
            return None
        window = f"{window} {lines[nxt]}"
    return None


def _same_on_every_line(text: str) -> int:
    p = _patterns()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for i in range(len(lines)):
        assert _quote_start(lines, i, p) == _reference_quote_start(lines, i, p), (i, lines[i])
    return len(lines)


def _texts() -> list[str]:
    texts = [parse_message(path.read_bytes()).text for path in sorted(_DATA.rglob("*.eml"))]
    if _CORPORA.is_dir():
        for path in sorted(_CORPORA.rglob("*")):
            if path.suffix == ".eml":
                texts.append(parse_message(path.read_bytes()).text)
            elif path.suffix == ".txt" and path.is_file():
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def test_the_quick_look_agrees_on_every_line_of_every_mail() -> None:
    texts = _texts()
    assert len(texts) > 1000
    assert sum(_same_on_every_line(text) for text in texts) > 50_000


def test_the_rules_allow_the_quick_look() -> None:
    openings = _patterns().quote_openings
    assert openings is not None
    assert {"on", "le", "begin"} <= set(openings.prefixes)
    assert "-" in openings.marks


def test_an_added_opener_or_separator_is_looked_for() -> None:
    # A user's own words in rules/quotes/headers.json widen the quick look at once.
    openings = _quote_openings(["On", "Zu"], ["zusammen gefasst"])
    assert openings is not None
    assert "zu" in openings.prefixes
    assert not quotes._plainly_no_header("Zu Montag, Ann Lee", openings)
    assert quotes._plainly_no_header("Thanks, Ann", openings)


def test_a_rule_starting_with_syntax_turns_the_quick_look_off() -> None:
    assert _quote_openings(["On"], ["(?:begin|start) of message"]) is None
    assert _quote_openings(["[Oo]n"], []) is None
    assert _quote_openings(["On|Le"], []) is None
    assert _quote_openings(["O?n"], []) is None
    assert _quote_openings(["On"], ["-*forwarded"]) is None
    assert not quotes._plainly_no_header("Thanks, Ann", None)


def test_an_ascii_letter_matching_a_rule_letter_only_by_case_turns_it_off() -> None:
    # The Kelvin sign matches "k" ignoring case: an ASCII line could open a rule with it.
    assert _quote_openings(["\u212aing"], []) is None


_PIECES = [
    "On",
    "on",
    "Le",
    "Il giorno",
    "Kl.",
    "From",
    "Von",
    "Sent",
    "To",
    "Subject",
    "wrote",
    "a écrit",
    "schrieb",
    "begin forwarded message",
    "-----Original Message-----",
    "--",
    "_____",
    "#####",
    "*",
    ">",
    ":",
    "\uff1a",
    "@",
    "<",
    "ann@acme.example",
    "<ann@acme.example>",
    "2024",
    "12:30",
    "3/4/2024",
    "Mon",
    "Ann Lee",
    "thanks",
    "\u0412",
    "Στις",
    "\u00a0",
    "—",
    "\u212a",
    "\u017f",
]

_LINE = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(alphabet=" \tabcOnLe:-*>@<1", max_size=6)),
    max_size=8,
).map(" ".join)


@settings(max_examples=600, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=6))
def test_the_quick_look_agrees_on_lines_near_its_words(lines: list[str]) -> None:
    p = _patterns()
    for i in range(len(lines)):
        assert _quote_start(lines, i, p) == _reference_quote_start(lines, i, p)


def _reference_postscript_start(text: str, start: int) -> int:
    """``postscript_start`` as it searched every text, before the look for the marks."""
    found = _patterns().postscript.search(text, start)
    return found.start() if found else -1


def test_the_postscript_look_agrees_on_every_mail() -> None:
    for text in _texts():
        for start in (0, len(text) // 2):
            assert quotes.postscript_start(text, start) == _reference_postscript_start(text, start)


_POSTSCRIPT_PIECES = ["P.S.", "PS", "PS:", "P.P.S.", "P.-S.", "N.B.", "Nachtrag:", "ps:", "\n", " "]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_POSTSCRIPT_PIECES), st.text(alphabet="PS.:-\n \tab", max_size=5)
        ),
        max_size=10,
    ).map("".join),
    st.integers(min_value=-3, max_value=40),
)
def test_the_postscript_look_agrees_near_the_marks(text: str, start: int) -> None:
    assert quotes.postscript_start(text, start) == _reference_postscript_start(text, start)
