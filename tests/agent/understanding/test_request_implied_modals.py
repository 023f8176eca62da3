"""Where a modal of a pair stands ("they should", "die beiden sollten"): looked for only
at the words that open one, it is found where the look at every word found it, in the
sentences of every labelled mail and in random sentences of the modals' words."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.message import parse_message
from agent.understanding.request_implied import _modal_at
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


def test_the_modal_is_found_where_every_word_was_looked_at_in_labelled_mail() -> None:
    found = 0
    for eml in sorted(_DATA.glob("*/*.eml")):
        text = parse_message(eml.read_bytes()).text or ""
        words = [t.lower for t in spacy_tokens(text[:4000]) if not t.text.isspace()]
        for start in range(0, len(words), 40):
            sentence = words[start : start + 60]
            at = _modal_at(sentence, _RULES)
            assert at == _modal_at_every_word(sentence, _RULES), eml.name
            found += at is not None
    # Some labelled mail says the two should meet.
    assert found > 0


_MODAL_WORDS = sorted({w for modal in _RULES.they_modals for w in modal} | {"ann", "meet", "."})


@settings(max_examples=1500, deadline=None)
@given(words=st.lists(st.sampled_from(_MODAL_WORDS), max_size=12))
def test_the_modal_is_found_where_every_word_was_looked_at(words: list[str]) -> None:
    assert _modal_at(words, _RULES) == _modal_at_every_word(words, _RULES)


def test_a_sentence_without_a_modal_holds_none() -> None:
    assert _modal_at(["they", "met", "yesterday"], _RULES) is None
    assert _modal_at(["i", "think", "they", "should", "meet"], _RULES) == 2
    assert _modal_at([], _RULES) is None
