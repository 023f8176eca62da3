"""The compiled rules: phrase regexes and where a pattern may start."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.request_rules import compile_pattern, phrase_regex, unaccented
from agent.understanding.request_tokens import spacy_tokens


def _plain_alternation(phrases: list[str]) -> re.Pattern[str]:
    """The phrases as one longest-first alternation, as they were searched before."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    body = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in ordered)
    # A phrase opening on punctuation may follow a word ("Marc's assistant").
    lead = (
        r"(?:(?<!\w)|(?=[^\w\s]))" if any(re.match(r"[^\w\s]", p) for p in ordered) else r"(?<!\w)"
    )
    return re.compile(rf"{lead}(?:{body})(?!\w)")


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [found.span() for found in regex.finditer(text)]


def _found(regex: re.Pattern[str], text: str) -> str | None:
    found = regex.search(text)
    return found.group(0) if found else None


def test_phrases_sharing_a_beginning_are_each_found_whole() -> None:
    regex = phrase_regex(["thanks", "thank you", "thanks so much", "re:"])
    assert _found(regex, "many thanks so much!") == "thanks so much"
    assert _found(regex, "thank\n  you for it") == "thank\n  you"
    assert _found(regex, "thanksgiving") is None
    assert _found(regex, "re: lunch") == "re:"


def test_a_phrase_opening_on_punctuation_may_end_a_word() -> None:
    regex = phrase_regex(["'s assistant", "assistant to"])
    assert _found(regex, "i'm marc's assistant.") == "'s assistant"
    # The phrases that start a word still do so only at a word's start.
    assert _found(regex, "subassistant to him") is None
    assert _found(phrase_regex(["assistant to"]), "subassistant to him") is None


def test_no_phrases_find_nothing() -> None:
    assert phrase_regex([]).search("anything") is None
    assert phrase_regex([""]).search("anything") is None


_WORDS = st.text(alphabet="ab .:'", min_size=1, max_size=6).map(lambda w: w.strip() or "a")


@settings(max_examples=300, deadline=None)
@given(
    phrases=st.lists(_WORDS, min_size=1, max_size=6),
    text=st.text(alphabet="ab .:'\n", max_size=40),
)
def test_the_phrase_tree_finds_what_a_plain_alternation_finds(
    phrases: list[str], text: str
) -> None:
    assert _spans(phrase_regex(phrases), text) == _spans(_plain_alternation(phrases), text)


def test_a_pattern_with_optional_words_first_starts_at_any_of_them() -> None:
    assert compile_pattern("an? intro to {B}").start_words == frozenset({"an", "intro"})
    assert compile_pattern("please? kindly? connect {A}").start_words == frozenset(
        {"please", "kindly", "connect"}
    )
    # Opening on a person or on a sentence end: no word bounds where it may start.
    assert compile_pattern("{A} meet {B}").start_words is None
    assert compile_pattern("please? {A} meet {B}").start_words is None
    assert compile_pattern("-|$ please connect").start_words is None


def test_an_address_the_tokenizer_splits_is_one_token_again() -> None:
    words = [t.text for t in spacy_tokens("to (John.Smith@Contoso.co.UK), or x@y.Example.")]
    assert "John.Smith@Contoso.co.UK" in words
    assert "x@y.Example" in words
    assert "Smith@Contoso.co" not in words


def test_a_rule_word_is_read_written_without_its_accents() -> None:
    assert unaccented("présentes") == {"présentes", "presentes"}
    assert unaccented("apresentação") == {"apresentação", "apresentacao"}
    assert unaccented("könnten") == {"könnten", "konnten", "koennten"}
    assert unaccented("bien à vous") == {"bien à vous", "bien a vous"}
    assert unaccented("introduce") == {"introduce"}
    pattern = compile_pattern("une présentation à {B}")
    assert pattern.elements[1].words == {"présentation", "presentation"}


def test_a_bare_word_that_is_another_word_keeps_its_accents() -> None:
    # "el" is "the", not "él"; "konnten" is "were able to", not "könnten", which
    # written without its umlaut is "koennten".
    assert unaccented("él", {"el"}) == {"él"}
    assert unaccented("könnten", {"konnten"}) == {"könnten", "koennten"}
    assert unaccented("março", {"marco"}) == {"março"}
    pattern = compile_pattern("presentarle a él {B}", homographs={"el"})
    assert pattern.elements[2].words == {"él"}
