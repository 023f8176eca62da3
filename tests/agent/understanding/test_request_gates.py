"""The cheap looks in front of costly searches (how often a mark's words occur) say
"nothing here" only where the search they spare finds nothing: the gated readers give
what the searches alone gave, in every labelled mail and in random texts made of the
words near each gate."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.message import parse_message
from agent.understanding import request_dictated
from agent.understanding.request_rules import Rules, load_rules

_RULES = load_rules()
_DATA = Path(__file__).resolve().parents[2] / "data"
_GAPS = [" ", "  ", "\n", "", "'", "-", ", ", ". ", "? ", ".", "(", ")", " (", ") "]


@cache
def _labelled_texts() -> list[str]:
    """The text of every labelled mail."""
    return [parse_message(eml.read_bytes()).text or "" for eml in sorted(_DATA.glob("*/*.eml"))]


def _joined(words: list[str], gaps: list[str]) -> str:
    return "".join(w + g for w, g in zip(words, gaps, strict=False))


# Dictated marks: the count of their words before the search.


def _spans(found: list[re.Match[str]] | None) -> list[tuple[int, int]] | None:
    return None if found is None else [hit.span() for hit in found]


def _ungated_marks(text: str, rules: Rules) -> list[tuple[int, int]] | None:
    """``_spoken_marks`` as it was: the search, then the count of marks written."""
    spoken = [
        found
        for found in rules.dictated_mark_re.finditer(text)
        if not request_dictated._guarded(text, found, rules)
    ]
    if len(spoken) < request_dictated.MIN_DICTATED_MARKS or len(
        request_dictated._WRITTEN_MARK.findall(text)
    ) >= len(spoken):
        return None
    return _spans(spoken)


def test_the_marks_spoken_in_labelled_mail_are_those_the_search_alone_finds() -> None:
    for text in _labelled_texts():
        assert _spans(request_dictated._spoken_marks(text, _RULES)) == _ungated_marks(
            text, _RULES
        ), text[:80]


_MARK_WORDS = sorted(
    {word for phrase in _RULES.dictated_marks for word in phrase.split()}
    | {word.upper() for phrase in _RULES.dictated_marks for word in phrase.split()}
    | {word.title() for phrase in _RULES.dictated_marks for word in phrase.split()}
    | {word[:-1] for phrase in _RULES.dictated_marks for word in phrase.split()}
    | {word + "s" for phrase in _RULES.dictated_marks for word in phrase.split()}
    | set(sorted(_RULES.dictated_mark_guards)[:20])
    | set(sorted(_RULES.dictated_mark_follows)[:20])
    | {"ann", "lee", "x", "3", "the", "Punkt.", "\u0130", "\u017f", "\u212a", "caf\u00e9"}
)
# Mostly plain words between single spaces, as dictation writes them.
_PLAIN_WORDS = ["ann", "lee", "hallo", "sie", "she", "is", "x", "mail"]


@settings(max_examples=1500, deadline=None)
@given(
    words=st.lists(
        st.tuples(st.sampled_from(_PLAIN_WORDS), st.sampled_from(_MARK_WORDS)).map(" ".join),
        max_size=7,
    ),
    gaps=st.lists(st.sampled_from([*_GAPS, " ", " ", " ", " "]), min_size=14, max_size=14),
)
def test_the_marks_spoken_in_random_text_are_those_the_search_alone_finds(
    words: list[str], gaps: list[str]
) -> None:
    text = _joined(words, gaps)
    assert _spans(request_dictated._spoken_marks(text, _RULES)) == _ungated_marks(text, _RULES)
    # The words counted bound how many marks the search finds.
    if text.isascii() and _RULES.dictated_mark_needs is not None:
        most = sum(text.lower().count(word) for word in _RULES.dictated_mark_needs)
        assert len(list(_RULES.dictated_mark_re.finditer(text))) <= most
