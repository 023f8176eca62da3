"""A ``PhraseGate`` files the other runs of each phrase as tuples of words, looked for one
by one in the text's words: ``admits`` answers as the test of each phrase's runs as a set
did, for every gate, in every labelled mail and in random texts of the gates' words."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.request_rules import PhraseGate, admits, load_rules
from agent.understanding.request_tokens import words_in
from tests.agent.understanding.shared_inputs import labelled_messages

_RULES = load_rules()


def _gates() -> list[PhraseGate]:
    gates = []
    for name in dir(_RULES):
        value = getattr(_RULES, name, None)
        if isinstance(value, PhraseGate):
            gates.append(value)
    return gates


_GATES = _gates()


def _reference(gate: PhraseGate | None, words: frozenset[str], folded: str) -> bool:
    """``admits`` as it was: each phrase's other runs tested as a set."""
    if gate is None:
        return True
    for key in gate.keys.intersection(words):
        for rest in gate.rests[key]:
            if frozenset(rest).issubset(words):
                return True
    return gate.prefix_re is not None and gate.prefix_re.search(folded) is not None


def _folded(text: str) -> str:
    return text.casefold().replace("\u2019", "'")


@cache
def _labelled_texts() -> list[str]:
    return [text for m in labelled_messages() for text in (m.text or "", m.subject or "")]


@cache
def _gate_words() -> list[str]:
    """Every word a gate files, key or other run."""
    found: set[str] = set()
    for gate in _GATES:
        found |= gate.keys
        for rests in gate.rests.values():
            for rest in rests:
                found.update(rest)
    return sorted(found)


def test_there_are_gates_with_runs_beside_their_keys() -> None:
    assert len(_GATES) >= 10
    assert any(rest for gate in _GATES for rests in gate.rests.values() for rest in rests)


def test_admits_answers_as_the_set_test_did_in_labelled_mail() -> None:
    admitted = 0
    for text in _labelled_texts():
        folded = _folded(text)
        words = words_in(folded)
        for gate in _GATES:
            answer = admits(gate, words, folded)
            assert answer == _reference(gate, words, folded), (text[:80], gate.keys)
            admitted += answer
    # The gates let some mail through, and turn some away.
    assert 0 < admitted < len(_labelled_texts()) * len(_GATES)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_admits_answers_as_the_set_test_did_in_texts_of_gate_words(data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(_gate_words()), min_size=1, max_size=12))
    text = " ".join(words)
    folded = _folded(text)
    found = words_in(folded)
    for gate in _GATES:
        assert admits(gate, found, folded) == _reference(gate, found, folded)
