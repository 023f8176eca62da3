"""The compiled rules: phrase regexes and where a pattern may start."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.request_rules import (
    compile_pattern,
    load_rules,
    needed_words,
    phrase_regex,
    unaccented,
)
from agent.understanding.request_tokens import may_hold, normal_text, spacy_tokens


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


@settings(max_examples=300, deadline=None)
@given(
    phrases=st.lists(_WORDS, min_size=1, max_size=6),
    text=st.text(alphabet="ab .:'\n", max_size=40),
)
def test_a_text_without_the_needed_words_holds_no_phrase(phrases: list[str], text: str) -> None:
    if not may_hold(needed_words(phrases), text):
        assert phrase_regex(phrases).search(text) is None


# Words of the rules' cues and the blanks and marks around them, for texts holding them.
_RULES = load_rules()
_CUE_WORDS = sorted(
    {
        word
        for phrases in (
            _RULES.message_cues,
            _RULES.dismissal_cues,
            _RULES.negated_wishes,
            _RULES.proxy_roles,
            _RULES.exclusions,
            _RULES.trailing_exclusions,
            _RULES.instead_words,
        )
        for phrase in phrases
        for word in phrase.split()
    }
    | {"*", "Ann", "Lee", "ann@lee.io", ",", "-", ".", "my", "colleague", "would", "love"}
)


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.sampled_from(_CUE_WORDS), max_size=12))
def test_the_rules_regexes_find_nothing_in_a_text_without_their_needed_words(
    words: list[str],
) -> None:
    text = " ".join(words)
    folded = normal_text(text)
    # dir(), not vars(): the compiled build's rules object keeps no __dict__.
    gated = {name: getattr(_RULES, name) for name in dir(_RULES) if name.endswith("_needs")}
    # A set of words for each language's slip frame regex, looked at below.
    frames = gated.pop("slip_frame_needs")
    assert all(needs is not None for needs in gated.values())
    regexes = {
        "exclusion_needs": "exclusion_lead_re",
        "trailing_exclusion_needs": "",
        "dictated_mark_needs": "",
    }
    for name, needs in gated.items():
        regex = regexes.get(name, name.removesuffix("_needs") + "_re")
        if regex and not may_hold(needs, folded):
            assert getattr(_RULES, regex).search(folded) is None, name
    # The regexes ignoring case, searched in the text as written: their words of plain
    # letters, looked for in plain text only.
    if text.isascii() and not may_hold(_RULES.trailing_exclusion_needs, folded):
        assert _RULES.trailing_exclusion_re.search(text) is None
    if text.isascii() and not may_hold(_RULES.dictated_mark_needs, folded):
        assert _RULES.dictated_mark_re.search(text) is None
    for (_, frame_re), needs in zip(_RULES.slip_asks, frames, strict=True):
        if text.isascii() and not may_hold(needs, folded):
            assert frame_re.search(text) is None


def test_a_regex_ignoring_case_needs_plain_words_only_of_what_plain_text_may_hold() -> None:
    # "não" and "pas à" hold a letter no plain text holds: they are never found in one.
    plain = needed_words(["rather than", "n\u00e3o", "pas \u00e0", "pas a"], plain=True)
    assert plain == frozenset({"rather", "pas"})
    assert needed_words(["\u00e0"], plain=True) == frozenset()
    assert needed_words(["*"]) is None


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
