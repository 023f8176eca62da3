"""The gate of each cue regex's phrases (``Rules.cue_gates``, a ``phrase_gate``) stands
before its search in a mail's own checks, as the gates of the regexes searched once in a
reading of the writer's text or ask do (``Rules.contrast_gate`` and its kin): a folded
text whose words hold every word of none of its phrases is one the regex finds nothing
in. Checked in every labelled mail, its lines, and random texts made of the phrases'
words, the phrases themselves and pieces of them. So is the look for a colon in front of
the search for an address label."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.message import parse_message
from agent.understanding.request_rules import PhraseGate, admits, load_rules
from agent.understanding.request_tokens import normal_text, words_in
from tests.agent.understanding.shared_inputs import labelled_messages

_RULES = load_rules()
_DATA = Path(__file__).resolve().parents[2] / "data"
# Each gated regex and the phrases it is made of.
_PHRASES = {
    "message_cue_re": _RULES.message_cues,
    "withdrawal_cue_re": _RULES.withdrawal_cues,
    "no_action_cue_re": _RULES.no_action_cues,
    "hold_cue_re": _RULES.hold_cues,
    "dismissal_re": _RULES.dismissal_cues,
    "doubt_cue_re": _RULES.doubt_cues | _RULES.later_cues,
    "lacked_address_re": _RULES.lacked_address_cues,
    "address_doubt_re": _RULES.address_doubts,
    "unconfirmed_re": _RULES.unconfirmed_cues,
    "shared_address_re": _RULES.shared_address_cues,
    "kin_re": _RULES.kin_cues,
    "copy_cue_re": _RULES.copy_cues,
    "subject_cue_re": _RULES.subject_cues,
    "proxy_cue_re": _RULES.proxy_cues,
}
# The regexes searched once in a reading of the writer's text or ask, each gated by a
# field of its own (``Rules.contrast_gate`` and its kin), and the phrases they are made of.
_FIELD_GATES = {
    "contrast_re": ("contrast_gate", _RULES.contrast_words),
    "told_past_intro_re": ("told_past_intro_gate", _RULES.told_past_intros),
    "own_mailbox_re": ("own_mailbox_gate", _RULES.own_mailbox_cues),
    "referrer_re": ("referrer_gate", _RULES.referrer_cues),
    "quoted_details_re": ("quoted_details_gate", _RULES.quoted_details),
}
# Those whose phrases are made up where the rules are read (a preposition before a cue,
# a doubt opening a sentence, a stand-in after a name, the first word of a firm's
# someone): checked on the labelled texts only.
_MADE_GATES = {
    "someone_at_re": "someone_at_gate",
    "suggestion_doubts_re": "suggestion_doubts_gate",
    "stand_in_re": "stand_in_gate",
    "firm_someone_re": "firm_someone_gate",
}
_ALL_PHRASES = {**_PHRASES, **{name: phrases for name, (_, phrases) in _FIELD_GATES.items()}}


@cache
def _labelled_texts() -> list[str]:
    """Every labelled mail's text and subject, folded, and each of its lines."""
    texts: list[str] = []
    for message in labelled_messages():
        text = message.text or ""
        texts += [normal_text(message.subject), normal_text(text)]
        texts += [normal_text(line) for line in text.splitlines() if line.strip()]
    return texts


def _regex(name: str) -> re.Pattern[str]:
    regex: re.Pattern[str] = getattr(_RULES, name)
    return regex


def _gate(name: str) -> PhraseGate | None:
    if name in _RULES.cue_gates:
        return _RULES.cue_gates[name]
    field = _FIELD_GATES[name][0] if name in _FIELD_GATES else _MADE_GATES[name]
    gate: PhraseGate | None = getattr(_RULES, field)
    return gate


def _admits(name: str, text: str) -> bool:
    return admits(_gate(name), words_in(text), text)


def test_every_gated_regex_has_a_gate() -> None:
    assert set(_RULES.cue_gates) == set(_PHRASES)
    assert all(isinstance(_RULES.cue_gates[name], PhraseGate) for name in _PHRASES)
    assert all(isinstance(_gate(name), PhraseGate) for name in (*_FIELD_GATES, *_MADE_GATES))


@pytest.mark.parametrize("name", sorted([*_ALL_PHRASES, *_MADE_GATES]))
def test_each_labelled_text_a_regex_finds_a_phrase_in_passes_its_gate(name: str) -> None:
    regex = _regex(name)
    found = spared = 0
    for text in _labelled_texts():
        passes = _admits(name, text)
        if regex.search(text) is not None:
            assert passes, text[:80]
            found += 1
        spared += not passes
    # The gate spares searches, and the regex finds something in some labelled texts
    # (the few cue lists no labelled mail holds aside).
    assert spared > len(_labelled_texts()) // 2
    assert found > 0 or name in ("no_action_cue_re", "hold_cue_re", "lacked_address_re")


_PIECES = sorted(
    {phrase for phrases in _ALL_PHRASES.values() for phrase in sorted(phrases)[::3]}
    | {word for phrases in _ALL_PHRASES.values() for phrase in phrases for word in phrase.split()}
    | {"ann", "lee", "her", "his", "the", "a", "haddad", "*", "x"}
)
_GAPS = [" ", "  ", "\n", "", "'", "-", ", ", ". ", "?", "("]


@settings(max_examples=2500, deadline=None)
@given(
    name=st.sampled_from(sorted(_ALL_PHRASES)),
    words=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8),
    gaps=st.lists(st.sampled_from(_GAPS), min_size=8, max_size=8),
)
def test_random_texts_a_regex_finds_a_phrase_in_pass_its_gate(
    name: str, words: list[str], gaps: list[str]
) -> None:
    text = normal_text("".join(w + g for w, g in zip(words, gaps, strict=False)))
    if _regex(name).search(text) is not None:
        assert _admits(name, text), text


@pytest.mark.parametrize("name", sorted(_ALL_PHRASES))
def test_each_phrase_alone_is_found_and_passes_its_gate(name: str) -> None:
    # Every phrase, written out with a word for a "*", between others: what the gate
    # must let through, all of it.
    found = 0
    for phrase in _ALL_PHRASES[name]:
        # A full stop after it: the referrers close their sentence ("Ms Huber knows one.").
        text = normal_text("well " + phrase.replace("*", "ann lee") + ". then")
        if _regex(name).search(text) is not None:
            assert _admits(name, text), text
            found += 1
    assert found > len(_ALL_PHRASES[name]) // 2


# A line's address label ends on a colon: text without one needs no search.

_LABEL_PIECES = sorted(
    {"courriel", "e-mail", "email", "tél.", "contact", "ann", "lee", "ann@lee.io", "-", "|", "*"}
)


@settings(max_examples=1500, deadline=None)
@given(
    words=st.lists(st.sampled_from(_LABEL_PIECES), min_size=1, max_size=8),
    gaps=st.lists(st.sampled_from([*_GAPS, " : ", ":", "\uff1a", "\t"]), min_size=8, max_size=8),
)
def test_an_address_label_is_found_only_in_text_with_a_colon(
    words: list[str], gaps: list[str]
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    for written in (text, text.upper(), text.title()):
        if _RULES.address_label_re.search(written) is not None:
            assert ":" in written


def test_labelled_mail_with_an_address_label_holds_a_colon() -> None:
    found = 0
    for eml in sorted(_DATA.glob("*/*.eml")):
        text = parse_message(eml.read_bytes()).text or ""
        if _RULES.address_label_re.search(text) is not None:
            assert ":" in text
            found += 1
    assert found > 0
    assert _RULES.address_label_re.search("Ann Lee\nCourriel : ann@lee.io") is not None
