"""``PatternIndex`` files each pattern under the required step whose words the fewest
patterns need: the patterns a text may match (``possible``) are those the filing under
the first step gave, for every family, every labelled mail and random sets of the
patterns' words."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.message import parse_message
from agent.understanding.request_matching import PatternIndex, pattern_index
from agent.understanding.request_mentions import tokenize
from agent.understanding.request_rules import Pattern, load_rules
from tests.agent.understanding.shared_inputs import PATTERN_FAMILIES, pattern_words

_RULES = load_rules()
_DATA = Path(__file__).resolve().parents[2] / "data"


def _reference(index: PatternIndex, present: frozenset[str]) -> tuple[Pattern, ...]:
    """``possible`` as it was: each pattern filed under its first required step."""
    chosen = list(index.unconditional)
    for pattern in index.patterns:
        if not pattern.required or pattern in chosen:
            continue
        first, *rest = pattern.required
        if first.isdisjoint(present):
            continue
        if all(not words.isdisjoint(present) for words in rest):
            chosen.append(pattern)
    return tuple(sorted(chosen, key=index.order.__getitem__))


@cache
def _labelled_words() -> list[frozenset[str]]:
    found = []
    for eml in sorted(_DATA.glob("*/*.eml"))[::4]:
        message = parse_message(eml.read_bytes())
        for text in (message.text or "", message.subject or ""):
            found.append(frozenset(item.lower for item in tokenize(text, _RULES)))
    return found


def test_some_pattern_is_filed_past_its_first_step() -> None:
    index = pattern_index("pair")
    moved = [
        pattern
        for pattern in index.patterns
        if len(pattern.required) > 1
        and not any(
            pattern is filed
            for word in pattern.required[0]
            for filed, _ in index.keyed.get(word, [])
        )
    ]
    assert moved


def test_the_labelled_mails_may_match_the_same_patterns() -> None:
    matched = 0
    for present in _labelled_words():
        for family in PATTERN_FAMILIES:
            index = pattern_index(family)
            found = index.possible(present)
            assert found == _reference(index, present)
            matched += bool(found)
    assert matched > 0


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_random_words_may_match_the_same_patterns(data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(list(pattern_words())), max_size=15))
    present = frozenset(words)
    for family in PATTERN_FAMILIES:
        index = pattern_index(family)
        assert index.possible(present) == _reference(index, present)
