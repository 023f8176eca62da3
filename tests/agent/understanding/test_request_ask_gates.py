"""The gates of the regexes searched once in a reading of the writer's text or ask
(``Rules.contrast_gate`` and its kin, each a ``phrase_gate``): a folded text whose words
hold every word of none of a regex's phrases is one the regex finds nothing in. Checked
in every labelled mail, its lines, and random texts made of the phrases' words, the
phrases themselves and pieces of them."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.request_rules import PhraseGate, admits, load_rules
from agent.understanding.request_tokens import normal_text, words_in
from tests.agent.understanding.shared_inputs import labelled_messages

_RULES = load_rules()
# Each gate, the regex it stands before, and the phrases that regex is made of (for
# ``firm_someone_re``, its first words, which it pairs with any of the rests).
_GATED = {
    "contrast_gate": ("contrast_re", _RULES.contrast_words),
    "told_past_intro_gate": ("told_past_intro_re", _RULES.told_past_intros),
    "own_mailbox_gate": ("own_mailbox_re", _RULES.own_mailbox_cues),
    "referrer_gate": ("referrer_re", _RULES.referrer_cues),
    "quoted_details_gate": ("quoted_details_re", _RULES.quoted_details),
}


@cache
def _labelled_texts() -> list[str]:
    """Every labelled mail's text and subject, folded, and each of its lines."""
    texts: list[str] = []
    for message in labelled_messages():
        text = message.text or ""
        texts += [normal_text(message.subject), normal_text(text)]
        texts += [normal_text(line) for line in text.splitlines() if line.strip()]
    return texts


def _regex(gate: str) -> re.Pattern[str]:
    regex: re.Pattern[str] = getattr(_RULES, _GATED[gate][0])
    return regex


def _admits(gate: str, text: str) -> bool:
    return admits(getattr(_RULES, gate), words_in(text), text)


@pytest.mark.parametrize("gate", sorted(_GATED))
def test_each_gate_is_made(gate: str) -> None:
    assert isinstance(getattr(_RULES, gate), PhraseGate)


@pytest.mark.parametrize(
    "gate",
    [
        *sorted(_GATED),
        "someone_at_gate",
        "suggestion_doubts_gate",
        "stand_in_gate",
        "firm_someone_gate",
    ],
)
def test_each_labelled_text_a_regex_finds_a_phrase_in_passes_its_gate(gate: str) -> None:
    regex = getattr(_RULES, gate.removesuffix("_gate") + "_re")
    spared = 0
    for text in _labelled_texts():
        passes = admits(getattr(_RULES, gate), words_in(text), text)
        if regex.search(text) is not None:
            assert passes, text[:80]
        spared += not passes
    # The gate spares searches: most labelled texts hold none of the phrases' words.
    assert spared > len(_labelled_texts()) // 2


_PIECES = sorted(
    {phrase for _, phrases in _GATED.values() for phrase in sorted(phrases)[::3]}
    | {word for _, phrases in _GATED.values() for phrase in phrases for word in phrase.split()}
    | {"ann", "lee", "her", "his", "the", "a", "*", "x", "too"}
)
_GAPS = [" ", "  ", "\n", "", "'", "-", ", ", ". ", "?", "("]


@settings(max_examples=2500, deadline=None)
@given(
    gate=st.sampled_from(sorted(_GATED)),
    words=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8),
    gaps=st.lists(st.sampled_from(_GAPS), min_size=8, max_size=8),
)
def test_random_texts_a_regex_finds_a_phrase_in_pass_its_gate(
    gate: str, words: list[str], gaps: list[str]
) -> None:
    text = normal_text("".join(w + g for w, g in zip(words, gaps, strict=False)))
    if _regex(gate).search(text) is not None:
        assert _admits(gate, text), text


@pytest.mark.parametrize("gate", sorted(_GATED))
def test_each_phrase_alone_is_found_and_passes_its_gate(gate: str) -> None:
    # Every phrase, written out with words for a "*", between others.
    found = 0
    for phrase in _GATED[gate][1]:
        text = normal_text("well " + phrase.replace("*", "ann lee") + ". then")
        if _regex(gate).search(text) is not None:
            assert _admits(gate, text), text
            found += 1
    assert found > len(_GATED[gate][1]) // 2
