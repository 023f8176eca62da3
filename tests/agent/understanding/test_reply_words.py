"""The clause around some tokens of a reply, found by one helper for the readings that
look at a phrase's clause: widened up to the nearest breaks, the breaks left out; a
hyphen written onto a word ("salue-le") ends a clause only when the reading asks so.
And the walk over a reply's sentences that the readings weighing each sentence share."""

from __future__ import annotations

import pytest

from agent.understanding.reply_phrases import Reading, normalise, phrase_book
from agent.understanding.reply_words import _clause_bounds, _sentence_end, _sentences


def _reading(text: str) -> Reading:
    return phrase_book().read(normalise(text))


def test_a_clause_reaches_the_breaks_around_it_and_leaves_them_out() -> None:
    reading = _reading("Yes, I am free on Monday. Sure!")
    tokens = reading.tokens
    free = tokens.index("free")
    first, last = _clause_bounds(reading, free, free + 1)
    assert tokens[first:last] == ("i", "am", "free", "on", "monday")
    assert reading.breaks[first - 1] and reading.breaks[last]


def test_the_ends_of_the_text_bound_a_clause() -> None:
    reading = _reading("ok")
    assert _clause_bounds(reading, 0, 0) == (0, 1)
    assert _clause_bounds(reading, 0, 1) == (0, 1)


def test_a_break_inside_the_span_given_is_kept() -> None:
    reading = _reading("Yes, I am free on Monday. Sure!")
    first, last = _clause_bounds(reading, 0, reading.tokens.index("i") + 1)
    assert reading.tokens[first:last] == ("yes", ",", "i", "am", "free", "on", "monday")


@pytest.mark.parametrize(
    ("text", "word", "plain", "hyphens"),
    [
        # A hyphen written onto the word before it ends no clause with word_hyphens.
        (
            "Salue-le de ma part!",
            "ma",
            ("le", "de", "ma", "part"),
            ("salue", "-", "le", "de", "ma", "part"),
        ),
        # One standing apart ends a clause either way.
        ("Sure - tell him", "him", ("tell", "him"), ("tell", "him")),
    ],
)
def test_word_hyphens_choose_the_breaks(
    text: str, word: str, plain: tuple[str, ...], hyphens: tuple[str, ...]
) -> None:
    reading = _reading(text)
    at = reading.tokens.index(word)
    first, last = _clause_bounds(reading, at, at)
    assert reading.tokens[first:last] == plain
    first, last = _clause_bounds(reading, at, at, word_hyphens=True)
    assert reading.tokens[first:last] == hyphens


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I am free on Monday. Sure!",
        "Sure! Who is she?\nThanks",
        "ok",
        "No.",
        "Yes.. great!! Call me?",
        "Hi,\n\nyes please\n\nBest\nAnn",
    ],
)
def test_the_sentences_are_those_the_sentence_ends_walk_through(text: str) -> None:
    reading = _reading(text)
    tokens = reading.tokens
    for start in range(len(tokens) + 1):
        walked, at = [], start
        while at < len(tokens):
            end = _sentence_end(reading, at)
            walked.append((at, end))
            at = end + 1
        assert _sentences(reading, start) == walked


def test_each_sentence_ends_at_its_mark_and_the_last_may_end_unclosed() -> None:
    reading = _reading("Yes, I am free. Call me")
    sentences = _sentences(reading)
    assert [reading.tokens[a:b] for a, b in sentences] == [
        ("yes", ",", "i", "am", "free"),
        ("call", "me"),
    ]
    assert reading.tokens[sentences[0][1]] == "."
    assert sentences[-1][1] == len(reading.tokens)
