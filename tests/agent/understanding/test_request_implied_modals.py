"""Where a modal of a pair stands ("they should", "die beiden sollten"), a wish for a pair
("I would love for them to") or a count of people ("two people"): looked for only at the
words that open one, and there only among those it opens, each is found where the look
at every word, or every phrase, found it: in the sentences of every labelled mail and
in random sentences of their words."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.message import parse_message
from agent.understanding.request_implied import _modal_at, _pair_wish, wish_end
from agent.understanding.request_rules import Rules, load_rules
from agent.understanding.request_tokens import spacy_tokens

_RULES = load_rules()
_DATA = Path(__file__).resolve().parents[2] / "data"


def _modal_at_every_word(words: Sequence[str], rules: Rules) -> int | None:
    """The look as it was: every modal tried at every word."""
    return next(
        (
            n
            for n in range(len(words))
            for modal in rules.they_modals
            if tuple(words[n : n + len(modal)]) == modal
        ),
        None,
    )


def _pair_wish_of_every_wish(words: Sequence[str], rules: Rules) -> tuple[int, int] | None:
    """``_pair_wish`` as it was: every wish tried at each word opening one."""
    for start, word in enumerate(words):
        if word not in rules.pair_wish_heads:
            continue
        for wish in rules.pair_wishes:
            if wish[0] != word:
                continue
            end = wish_end(words, start, wish, rules)
            if end is not None:
                return start, end
    return None


def _counts_at(words: Sequence[str], rules: Rules) -> list[tuple[str, ...] | None]:
    """The count of people found at each word opening one, among those it opens."""
    return [
        next(
            (
                c
                for c in rules.pair_counts_by_head.get(word, ())
                if tuple(words[at : at + len(c)]) == c
            ),
            None,
        )
        for at, word in enumerate(words)
    ]


def _counts_at_of_every_count(words: Sequence[str], rules: Rules) -> list[tuple[str, ...] | None]:
    """The same as it was: every count tried at each word opening one."""
    return [
        next((c for c in rules.pair_counts if tuple(words[at : at + len(c)]) == c), None)
        if word in rules.pair_count_heads
        else None
        for at, word in enumerate(words)
    ]


def _same_everywhere(words: list[str]) -> tuple[bool, bool, bool]:
    at = _modal_at(words, _RULES)
    assert at == _modal_at_every_word(words, _RULES)
    wish = _pair_wish(words, _RULES)
    assert wish == _pair_wish_of_every_wish(words, _RULES)
    counts = _counts_at(words, _RULES)
    assert counts == _counts_at_of_every_count(words, _RULES)
    return at is not None, wish is not None, any(counts)


def test_modals_wishes_and_counts_are_found_where_the_full_looks_found_them() -> None:
    found = [0, 0, 0]
    for eml in sorted(_DATA.glob("*/*.eml")):
        text = parse_message(eml.read_bytes()).text or ""
        words = [t.lower for t in spacy_tokens(text[:4000]) if not t.text.isspace()]
        for start in range(0, len(words), 40):
            for n, one in enumerate(_same_everywhere(words[start : start + 60])):
                found[n] += one
    # Some labelled mail says the two should meet, wishes they would, counts them.
    assert all(found), found


_NEAR_WORDS = sorted(
    {
        w
        for phrases in (_RULES.they_modals, _RULES.pair_wishes, _RULES.pair_counts)
        for phrase in phrases
        for w in phrase
    }
    | set(sorted(_RULES.wish_adverbs)[:10])
    | {"ann", "meet", "."}
)


@settings(max_examples=2000, deadline=None)
@given(words=st.lists(st.sampled_from(_NEAR_WORDS), max_size=14))
def test_modals_wishes_and_counts_are_found_where_the_full_looks_find_them(
    words: list[str],
) -> None:
    _same_everywhere(words)


def test_a_sentence_without_a_modal_holds_none() -> None:
    assert _modal_at(["they", "met", "yesterday"], _RULES) is None
    assert _modal_at(["i", "think", "they", "should", "meet"], _RULES) == 2
    assert _modal_at([], _RULES) is None
