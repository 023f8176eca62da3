"""The shared tokenizer's tokens: two texts read in one call come out as read apart, and
as they were built before; a text's words are its runs of word characters."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IDX, LENGTH, SPACY

from agent.message import parse_message
from agent.understanding.nlp import get_nlp
from agent.understanding.request_tokens import (
    _GLUED_IN_TEXT,
    ADDRESS,
    Token,
    _glued_in,
    _spacy_tokens,
    _special_edges,
    _special_pairs,
    addresses_in,
    spacy_tokens,
    spacy_tokens_of_two,
    words_in,
)

# Letters, marks and blanks mail is written with, addresses and folding traps among them.
_PIECES = st.sampled_from(
    [
        "Ann",
        "Lee",
        "intro",
        "Straße",
        "İstanbul",
        "O'Neil",
        "l'équipe",
        "don't",
        "ann.lee@x.com",
        "John.Smith@Contoso.co.UK",
        "(bob@y.io)",
        "Diop<mailto:m@x.sn>",
        "Re:",
        "?",
        "...",
        "-",
        "1)",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        "\u00a0",
        "\u2019",
        "👍",
        # The tokenizer's special cases, some read across a space (": )", "a ."), glued
        # to words and brackets, and blanks before and after them.
        ":",
        ")",
        "(",
        ":)",
        ":-)",
        "a",
        ".",
        "a.",
        "o.O",
        "<3",
        "8",
        "°C.",
        "z",
        "'",
        "''",
        "(:",
        "ä.",
        " ",
        " ",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _TEXTS)
def test_two_texts_read_in_one_call_give_the_tokens_each_gives_alone(
    first: str, second: str
) -> None:
    assert spacy_tokens_of_two(first, second) == (spacy_tokens(first), spacy_tokens(second))


def test_a_text_and_its_subject_are_read_in_one_call() -> None:
    text, subject = "Please introduce me to Ann Lee (ann@x.com).", "Intro to Ann"
    own, titled = spacy_tokens_of_two(text, subject)
    assert [t.text for t in titled] == ["Intro", "to", "Ann"]
    assert [t.idx for t in titled] == [0, 6, 9]
    assert "ann@x.com" in [t.text for t in own]
    assert own == spacy_tokens(text)


def _address_spans(found: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [match.span() for match in found]


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet="ab.@+-'_\u00e91 \t\n\u00a0", max_size=24))
def test_the_addresses_found_around_each_at_sign_are_those_of_the_whole_text(text: str) -> None:
    assert _address_spans(addresses_in(text)) == _address_spans(list(ADDRESS.finditer(text)))


def test_the_addresses_of_the_labelled_mail_are_found_around_each_at_sign() -> None:
    for path in sorted(Path("tests/data").glob("*/*.eml")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _address_spans(addresses_in(text)) == _address_spans(list(ADDRESS.finditer(text)))


# Every character of one byte, the blanks and marks of other scripts, and a few more.
_WORD_CHARS = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=0xFF),
        st.sampled_from("\u2019\u2014\u00a0\u2007\u202f\u3000\u0130\u0131\u017f\u212a\u0663_"),
        st.characters(),
    ),
    max_size=40,
)


@settings(max_examples=3000)
@given(text=_WORD_CHARS)
def test_the_words_of_a_text_are_its_runs_of_word_characters(text: str) -> None:
    assert words_in(text) == frozenset(re.findall(r"\w+", text))


def test_the_words_of_every_character_of_one_byte_are_its_runs_of_word_characters() -> None:
    text = "".join(map(chr, range(256)))
    for shown in (text, text[::-1], " ".join(text), "x".join(text)):
        assert words_in(shown) == frozenset(re.findall(r"\w+", shown))


def _tokens_as_built_before(text: str) -> list[Token]:
    """``_spacy_tokens`` as it was written: a list per token, each made a Token by map."""
    doc = get_nlp().make_doc(text)
    spans = doc.to_array([IDX, LENGTH, SPACY]).tolist()
    folded = text.casefold().replace("\u2019", "'")
    make = partial(tuple.__new__, Token)
    if len(folded) != len(text):
        return list(
            map(
                make,
                [
                    (raw, raw.casefold().replace("\u2019", "'"), start, space != 0)
                    for start, length, space in spans
                    for raw in (text[start : start + length],)
                ],
            )
        )
    return list(
        map(
            make,
            [
                (text[start : start + length], folded[start : start + length], start, space != 0)
                for start, length, space in spans
            ],
        )
    )


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_the_tokens_are_those_built_before(text: str) -> None:
    tokens = _spacy_tokens(text)
    assert tokens == _tokens_as_built_before(text)
    assert all(type(token) is Token and type(token.space) is bool for token in tokens)


def test_the_tokens_of_the_labelled_mail_are_those_built_before() -> None:
    for eml in sorted(Path(__file__).resolve().parents[2].glob("data/*/*.eml")):
        message = parse_message(eml.read_bytes())
        for text in (message.text or "", message.subject):
            assert _spacy_tokens(text) == _tokens_as_built_before(text), eml.name


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=":;()[]<>=8-_.,'\"*/|°aAoOzZäß3D \t\n\u00a0\u2019", max_size=30))
def test_the_tokens_of_special_cases_are_those_built_before(text: str) -> None:
    # Emoticons and abbreviations the tokenizer reads as special cases, some across a
    # space: the text read by parts gives the tokens of the text read whole.
    assert _spacy_tokens(text) == _tokens_as_built_before(text)


def test_the_edges_of_special_cases_are_filed_under_the_first_tokens_last_character() -> None:
    # The words around a space are looked at for a special case only where the edge
    # map holds the last character before it and the first after it: every pair's.
    pairs = _special_pairs()
    edges = _special_edges()
    assert pairs
    assert {(last, first) for last, firsts in edges.items() for first in firsts} == {
        (before[-1], after[0]) for before, after in pairs
    }


def test_a_special_case_across_a_space_is_read_in_the_whole_text() -> None:
    for text in ("Ann : ) Lee", "be a . b", "x ( : y", "Plan a. then b. 8 ) :-)"):
        assert _spacy_tokens(text) == _tokens_as_built_before(text)


@settings(max_examples=2000, deadline=None)
@given(text=st.text(alphabet="aZ1_.+'-@<([ \t\nmailto:\u00e9", max_size=30))
def test_a_name_glued_to_an_address_is_found_around_each_at_sign(text: str) -> None:
    assert _glued_in(text) == (_GLUED_IN_TEXT.search(text) is not None)


def test_the_names_glued_to_addresses_in_labelled_mail_are_found_around_each_at_sign() -> None:
    found = 0
    for path in sorted(Path("tests/data").glob("*/*.eml")):
        text = path.read_text(encoding="utf-8", errors="replace")
        glued = _GLUED_IN_TEXT.search(text) is not None
        assert _glued_in(text) == glued, path.name
        found += glued
    for text in ("Diop<mailto:m@x.sn>", "Berg(ann@berg.io) and\tLee[mailto:l@x.io]"):
        assert _glued_in(text)
    assert found > 0
