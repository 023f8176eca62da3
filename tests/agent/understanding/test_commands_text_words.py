"""The words of a mail looked at before its sentences are read are its case-folded runs
of word characters, however they are found: in random text of any characters and in
every character of one byte."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.commands import _text_words

_CHARS = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=0xFF),
        st.sampled_from("\u2019\u2014\u00a0\u0130\u0131\u017f\u212a\u1e9e\u0663\ufb01_"),
        st.characters(),
    ),
    max_size=40,
)


def _runs(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.casefold()))


@settings(max_examples=3000)
@given(text=_CHARS)
def test_the_words_of_a_mail_are_its_folded_runs_of_word_characters(text: str) -> None:
    assert _text_words(text) == _runs(text)


def test_the_words_of_every_character_of_one_byte_are_its_folded_runs() -> None:
    text = "".join(map(chr, range(256)))
    for shown in (text, text[::-1], " ".join(text), "x".join(text), text.upper()):
        assert _text_words(shown) == _runs(shown)
