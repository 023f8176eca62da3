"""``_in_intro_part`` looks for a talk's part only in text holding one of its words
(``intro_part_needs``): it says what the search around each place alone said, at every
place of every labelled mail and of random texts of the parts' words. So does an ask's
reading (``_asks``) told by the words of its text, at hand in ``read_text``, whether
the text may hold a part at all."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.request_reading import (
    _INTRO_PART_REACH,
    _asks,
    _in_intro_part,
    _may_hold_words,
)
from agent.understanding.request_rules import load_rules
from agent.understanding.word_sets import text_words
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


def _asks_alike(text: str) -> int:
    """Check ``_asks`` told whether the text may hold a part against ``_asks`` alone at
    the end of every ask phrase of ``text``; the number of asks read."""
    folded = _folded(text)
    may_be_part = _may_hold_words(_RULES.intro_part_needs, text_words(text))
    asks = 0
    for hit in _RULES.trigger_re.finditer(folded):
        told = _asks(folded, hit.end(), _RULES, may_be_part)
        assert told == _asks(folded, hit.end(), _RULES), (folded[:80], hit.end())
        asks += told
    return asks


def test_every_ask_of_the_labelled_mails_reads_the_same_told_by_the_words() -> None:
    texts = [text for m in labelled_messages() for text in (m.text or "", m.subject or "")]
    assert sum(_asks_alike(text) for text in texts) > 0


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_asks_among_the_parts_words_read_the_same_told_by_the_words(data: st.DataObject) -> None:
    pool = [*_part_words(), "introduce me to", "meet", "you", "Ann", "connect"]
    words = data.draw(st.lists(st.sampled_from(pool), min_size=1, max_size=10))
    gaps = data.draw(st.lists(st.sampled_from([" ", "  ", "\n", "-", ", ", "'"]), min_size=10))
    _asks_alike("".join(word + gap for word, gap in zip(words, gaps, strict=False)))
