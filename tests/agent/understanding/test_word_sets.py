"""One word set of a text serves every folding of it: the words of a text (``text_words``)
are those the command checks, the reading of a text, the bulk cues of the whole mail and a
slip's search each worked out from their own folding before, in random text of any
characters and in every labelled mail's text.

The references are the computations the shared set replaced, kept here only."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.commands import _text_words
from agent.understanding.quotes import extract_new_text
from agent.understanding.request_rules import admits, load_rules
from agent.understanding.request_tokens import normal_text, words_in
from agent.understanding.word_sets import text_words
from tests.agent.understanding.shared_inputs import labelled_messages

_SPACED_BYTES = bytes(code if re.match(r"\w", chr(code)) else 0x20 for code in range(256))

_CHARS = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=0xFF),
        st.sampled_from("\u2019\u2014\u00a0\u0130\u0131\u017f\u212a\u1e9e\u0663\ufb01_'\n\t"),
        st.characters(),
    ),
    max_size=60,
)


def _old_words_in(folded: str) -> frozenset[str]:
    """The words of a folded text as ``words_in`` works them out, found here on their own."""
    try:
        raw = folded.encode("latin-1")
    except UnicodeEncodeError:
        return frozenset(re.findall(r"\w+", folded))
    return frozenset(raw.translate(_SPACED_BYTES).decode("latin-1").split())


def _old_text_words(text: str) -> frozenset[str]:
    """The command checks' words of a mail as they were worked out on their own."""
    return _old_words_in(text.casefold())


def _same_words(text: str) -> None:
    words = text_words(text)
    # The reading of a text folded it with plain apostrophes.
    assert words == _old_words_in(text.casefold().replace("\u2019", "'"))
    # The bulk cues read the whole mail, the writer's text and a line break, normalised.
    assert words == _old_words_in(normal_text(text + "\n"))
    assert words == words_in(normal_text(text))
    # The command checks read the runs of word characters case-folded.
    assert words == frozenset(re.findall(r"\w+", text.casefold())) == _old_text_words(text)
    assert _text_words(text) == words
    if text.isascii():
        # A slip's search read the plain text in lower case.
        assert words == _old_words_in(text.lower())


@settings(max_examples=1000)
@given(text=_CHARS)
def test_the_words_of_random_text_are_those_of_each_of_its_foldings(text: str) -> None:
    _same_words(text)


def test_every_labelled_mails_text_has_the_same_words_however_folded() -> None:
    rules = load_rules()
    admitted = 0
    for message in labelled_messages():
        text = message.text or ""
        own = extract_new_text(text)
        for shown in (text, own, message.subject):
            _same_words(shown)
        # The gates the words feed read them alike: the bulk cues of the whole mail, and
        # the ask phrases of the reading of the writer's text.
        whole = normal_text(own + "\n")
        for gate in (rules.cue_gates.get("message_cue_re"), rules.trigger_gate):
            shared = admits(gate, text_words(own), whole)
            assert shared == admits(gate, _old_words_in(whole), whole)
            admitted += shared
    # Some labelled mails hold the words of a phrase: the gates do not only turn away.
    assert admitted > 0
