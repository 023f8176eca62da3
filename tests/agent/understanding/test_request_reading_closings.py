"""Whether a piece of text opens on a closing (``_opens_on_closing``), looked up among
the closings sharing its first character only: the same answer as held against every
closing, in each sentence of every labelled mail and in random texts made of the
closings' words."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.request_reading import _opens_on_closing
from agent.understanding.request_rules import Rules, load_rules
from agent.understanding.request_tokens import normal_text
from tests.agent.understanding.shared_inputs import labelled_messages

_RULES = load_rules()


def _opens_on_closing_held_against_all(folded: str, rules: Rules) -> bool:
    """The look as it was: every closing tried."""
    if not folded.startswith(rules.closing_starts):
        return False
    return any(
        folded.startswith(closing) and not folded[len(closing) : len(closing) + 1].isalnum()
        for closing in rules.closing_starts
    )


@cache
def _pieces() -> list[str]:
    """Every line of every labelled mail and its subject, folded, and each line's tail
    after its first word and after its first comma."""
    pieces: list[str] = []
    for message in labelled_messages():
        for text in (message.text or "", message.subject or ""):
            for line in normal_text(text).splitlines():
                pieces += [line, line.strip(), line.partition(" ")[2], line.partition(",")[2]]
    return pieces


def test_labelled_lines_open_on_a_closing_as_held_against_every_closing() -> None:
    pieces = _pieces()
    opening = 0
    for piece in pieces:
        found = _opens_on_closing(piece, _RULES)
        assert found == _opens_on_closing_held_against_all(piece, _RULES), piece[:80]
        opening += found
    # Some labelled lines open on a closing, most do not.
    assert 0 < opening < len(pieces) // 2


_WORDS = sorted({w for c in _RULES.closings for w in c.split()} | {"hi", "his", "best", "Ann"})
_GAPS = ["", " ", ",", "!", "\n", "-", "s", "a"]


@settings(max_examples=3000, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=0, max_size=4),
    gaps=st.lists(st.sampled_from(_GAPS), min_size=4, max_size=4),
    lead=st.sampled_from(["", " ", "à", "z", "1"]),
)
def test_texts_of_closing_words_open_on_a_closing_as_held_against_every_closing(
    words: list[str], gaps: list[str], lead: str
) -> None:
    text = lead + "".join(w + g for w, g in zip(words, gaps, strict=False))
    assert _opens_on_closing(text, _RULES) == _opens_on_closing_held_against_all(text, _RULES)


def test_closings_filed_by_initial_are_all_the_closings() -> None:
    filed = [c for starts in _RULES.closings_by_initial.values() for c in starts]
    assert sorted(filed) == sorted(_RULES.closing_starts)
    assert all(c[:1] == initial for initial, cs in _RULES.closings_by_initial.items() for c in cs)
