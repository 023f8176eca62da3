"""``find_matches`` works out where a slot's mention may start once per position of a
text and shares it among the patterns tried there: it finds the same matches as when
each pattern looked again, for every family, every labelled mail and random phrasings
of the patterns' words, names and addresses."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.request_matching import (
    Match,
    PatternIndex,
    _first_match,
    _inverted_subject,
    _past_members,
    _writer_twice,
    find_matches,
    names_people_group,
    pattern_index,
)
from agent.understanding.request_mentions import MENTION_KINDS, Item, tokenize
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.shared_inputs import (
    PATTERN_FAMILIES,
    labelled_messages,
    pattern_words,
)

_RULES = load_rules()


def _reference(items: Sequence[Item], index_of: PatternIndex) -> list[Match]:
    """``find_matches`` as it was: every pattern looks for its slots' starts again."""
    rules = index_of.rules
    present = {item.lower for item in items}
    possible = index_of.possible(present)
    found: list[Match] = []
    if not possible:
        return found
    describers = rules.descriptor_starts
    grouped = ":" in present and any(names_people_group(word, rules) for word in present)
    free = 0
    for index, item in enumerate(items):
        if index < free:
            continue
        # "Pourriez-vous": the subject asked opens no pattern's person.
        mention = (
            item.kind in MENTION_KINDS or item.lower in describers
        ) and not _inverted_subject(items, index)
        candidates = [
            pattern
            for pattern in possible
            if (
                mention
                if pattern.elements[0].slot is not None
                else pattern.start_words is None or item.lower in pattern.start_words
            )
        ]
        match = _first_match(items, index, candidates, rules, grouped, None) if candidates else None
        if match is not None and grouped:
            match = _past_members(items, match)
        if match is not None and _writer_twice(match):
            continue
        if match is not None:
            found.append(match)
            free = max(match.end, index + 1)
    return found


def _same(items: Sequence[Item]) -> int:
    matched = 0
    for family in PATTERN_FAMILIES:
        index_of = pattern_index(family)
        new = find_matches(items, index_of)
        old = _reference(items, index_of)
        assert [(m.pattern, m.start, m.end, m.slots) for m in new] == [
            (m.pattern, m.start, m.end, m.slots) for m in old
        ]
        matched += len(new)
    return matched


@cache
def _labelled_texts() -> list[str]:
    return [text for m in labelled_messages() for text in (m.text, m.subject) if text]


def test_the_labelled_mails_give_the_same_matches() -> None:
    matched = sum(_same(tokenize(text, _RULES)) for text in _labelled_texts())
    assert matched > 100


_OTHERS = [
    "Ann Bell",
    "Bob",
    "ann@x.org",
    "(cc'd)",
    ",",
    ":",
    "my old friend",
    "her cofounder Jane",
    "Clearflow's Head of Partnerships,",
    "james holloway james@x.org",
    "and",
    ".",
    "\n\n",
]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_random_phrasings_give_the_same_matches(data: st.DataObject) -> None:
    pieces = data.draw(
        st.lists(st.sampled_from(list(pattern_words())) | st.sampled_from(_OTHERS), max_size=25)
    )
    _same(tokenize(" ".join(pieces), _RULES))
