"""``_in_intro_part`` looks for a talk's part only in text holding one of its words
(``intro_part_needs``): it says what the search around each place alone said, at every
place of every labelled mail and of random texts of the parts' words."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.request_reading import _INTRO_PART_REACH, _in_intro_part
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.shared_inputs import labelled_messages

_RULES = load_rules()


def _reference(folded: str, at: int) -> bool:
    """``_in_intro_part`` as it was: always searched."""
    stop = min(len(folded), at + _INTRO_PART_REACH)
    for hit in _RULES.intro_part_re.finditer(folded, max(0, at - _INTRO_PART_REACH), stop):
        if hit.start() >= at:
            break
        if at <= hit.end() and (hit.end() < stop or stop == len(folded)):
            return True
    return False


def _folded(text: str) -> str:
    return text.casefold().replace("\u2019", "'")


@cache
def _labelled_texts() -> list[str]:
    return [_folded(text) for m in labelled_messages() for text in (m.text or "", m.subject or "")]


def test_the_parts_have_words_to_look_for() -> None:
    assert _RULES.intro_part_needs


def test_every_place_of_the_labelled_mails_reads_the_same() -> None:
    inside = 0
    for folded in _labelled_texts():
        for at in range(0, len(folded) + 1, 13):
            answer = _in_intro_part(folded, at, _RULES)
            assert answer == _reference(folded, at), (folded[:80], at)
            inside += answer
    assert inside > 0


@cache
def _part_words() -> list[str]:
    phrases = {"do the intro part", "l'intro de la présentation", "intro part", "the intro"}
    return sorted({*(_RULES.intro_part_needs or ()), *phrases, "intro", "part", "the", "de"})


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_texts_of_the_parts_words_read_the_same(data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(_part_words()), min_size=1, max_size=10))
    gaps = data.draw(st.lists(st.sampled_from([" ", "  ", "\n", "-", ", ", "'"]), min_size=10))
    folded = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    for at in range(len(folded) + 1):
        assert _in_intro_part(folded, at, _RULES) == _reference(folded, at)
