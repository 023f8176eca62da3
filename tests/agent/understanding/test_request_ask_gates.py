"""The gates of the regexes searched once in a reading of the writer's text or ask
(``Rules.contrast_gate`` and its kin, each a ``phrase_gate``; those of the leads
before an address too): a folded text whose words
hold every word of none of a regex's phrases is one the regex finds nothing in. Checked
in every labelled mail, its lines, and random texts made of the phrases' words, the
phrases themselves and pieces of them."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

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


# The leads before an address are matched whole (``fullmatch``): their gates are checked
# on each lead of the rules written out and on random runs of the leads' words.
_RULES_DIR = Path(__file__).resolve().parents[3] / "rules" / "requests"


def _leads() -> list[str]:
    leads: set[str] = set()
    for path in sorted(_RULES_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        leads |= {normal_text(p) for p in data.get("address_leads", ())}
    return sorted(leads)


_LEADS = _leads()


def _lead_admits(text: str) -> tuple[bool, bool]:
    """Whether the gate of the leads with a name, and of those without, lets ``text`` by."""
    words = words_in(text)
    return (
        admits(_RULES.named_address_lead_gate, words, text),
        admits(_RULES.address_lead_gate, words, text),
    )


def test_each_lead_written_out_is_matched_and_passes_its_gate() -> None:
    matched = 0
    for lead in _LEADS:
        text = normal_text(lead.replace("*", "ann lee"))
        named, plain = _lead_admits(text)
        if _RULES.address_lead_re.fullmatch(text) is not None:
            assert plain, text
            matched += 1
        if _RULES.named_address_lead_re.fullmatch(text) is not None:
            assert named, text
            matched += 1
    assert matched > len(_LEADS) // 2


_LEAD_PIECES = sorted(
    {word for lead in _LEADS for word in lead.split()} | {"ann", "lee", "the", "x", "according"}
)


@settings(max_examples=2500, deadline=None)
@given(
    words=st.lists(st.sampled_from(_LEAD_PIECES), min_size=1, max_size=7),
    close=st.sampled_from(["", ":", " -", " :"]),
)
def test_random_leads_matched_pass_their_gate(words: list[str], close: str) -> None:
    text = normal_text(" ".join(words) + close)
    named, plain = _lead_admits(text)
    if _RULES.address_lead_re.fullmatch(text) is not None:
        assert plain, text
    if _RULES.named_address_lead_re.fullmatch(text) is not None:
        assert named, text
