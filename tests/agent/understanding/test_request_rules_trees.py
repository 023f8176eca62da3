"""Regexes of the rules whose alternations are merged into trees of shared beginnings
find what the plain alternations they replace found: the same spans, the same groups,
in every labelled mail and in random texts of their words."""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding import request_rules
from agent.understanding.request_rules import load_rules
from agent.understanding.request_tokens import normal_text
from tests.agent.understanding.shared_inputs import labelled_messages

_RULES = load_rules()


def _plain_needless(rules: request_rules.Rules) -> re.Pattern[str]:
    """``needless_re`` as it was built before: each group a plain longest-first
    alternation."""

    def lead(phrase: str) -> str:
        words = [request_rules._SOME_WORDS if w == "*" else re.escape(w) for w in phrase.split()]
        return r"\s+".join(words)

    leads = (
        ("needless", rules.needless_leads),
        ("negation", rules.negation_leads),
        ("asked", set(rules.negated_asks)),
        ("verb", rules.verb_negations),
    )
    groups = []
    for name, phrases in leads:
        if phrases:
            body = "|".join(lead(p) for p in sorted(phrases, key=len, reverse=True))
            groups.append(rf"(?P<{name}>(?:{body})(?!\w))")
    body = "|".join(map(re.escape, sorted(rules.negation_prefixes, key=len, reverse=True)))
    groups.append(rf"(?P<prefix>{body})(?=\w)")
    openings = {p.split()[0] for _, phrases in leads for p in phrases if p.strip()}
    gates = [f"(?:{request_rules._phrase_tree(openings)})(?!\\w)"]
    gates += [f"(?:{request_rules._phrase_tree(rules.negation_prefixes)})(?=\\w)"]
    gate = f"(?={'|'.join(gates)})" if "*" not in openings else ""
    return re.compile(rf"(?<![\w']){gate}(?:{'|'.join(groups)})")


_PLAIN_NEEDLESS = _plain_needless(_RULES)


def _found(regex: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [
        (hit.span(), hit.lastgroup, *(hit.span(n) for n in range(regex.groups + 1)))
        for hit in regex.finditer(text)
    ]


@cache
def _labelled_texts() -> list[str]:
    """The text of every labelled mail, as written and folded as the readers fold it."""
    texts = []
    for message in labelled_messages():
        text = message.text or ""
        texts += [text, normal_text(text), text.casefold().replace("\u2019", "'")]
    return texts


def test_the_needless_tree_finds_what_the_plain_alternation_found_in_labelled_mail() -> None:
    plain = _PLAIN_NEEDLESS
    for text in _labelled_texts():
        assert _found(_RULES.needless_re, text) == _found(plain, text), text[:80]


_NEEDLESS_WORDS = sorted(
    {
        word
        for phrases in (
            _RULES.needless_leads,
            _RULES.negation_leads,
            set(_RULES.negated_asks),
            _RULES.verb_negations,
        )
        for phrase in phrases
        for word in phrase.split()
    }
    | {w[:3] for w in _RULES.needless_leads}
    | set(_RULES.negation_prefixes)
    | {"ann", "lee", "(ann@lee.io)", ",", "-", ".", "'", "x", "intro", "me", "to"}
)


@settings(max_examples=1500, deadline=None)
@given(
    words=st.lists(st.sampled_from(_NEEDLESS_WORDS), max_size=10),
    gaps=st.lists(st.sampled_from([" ", "  ", "\n", "", "'", ", "]), min_size=10, max_size=10),
)
def test_the_needless_tree_finds_what_the_plain_alternation_found_in_random_text(
    words: list[str], gaps: list[str]
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    assert _found(_RULES.needless_re, text) == _found(_PLAIN_NEEDLESS, text)


def _plain_words(phrases: set[str]) -> re.Pattern[str]:
    """``dictated_mark_re`` as it was built before: a plain longest-first alternation."""
    either = "|".join(
        re.escape(p).replace("\\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w'-])(?:{either})(?![\w'-])", re.IGNORECASE)


_PLAIN_MARKS = _plain_words(set(_RULES.dictated_marks))


def test_the_dictated_marks_tree_finds_what_the_plain_alternation_found_in_labelled_mail() -> None:
    assert _RULES.dictated_mark_re.pattern != _PLAIN_MARKS.pattern
    for text in _labelled_texts():
        assert _found(_RULES.dictated_mark_re, text) == _found(_PLAIN_MARKS, text), text[:80]


_MARK_WORDS = sorted(
    {word for phrase in _RULES.dictated_marks for word in phrase.split()}
    | {word.upper() for phrase in _RULES.dictated_marks for word in phrase.split()}
    | {word.title()[:4] for phrase in _RULES.dictated_marks for word in phrase.split()}
    | {"ann", "x", "-", "'", ".", ",", "1", "\u0130", "\u017f", "\u212a"}
)


@settings(max_examples=1500, deadline=None)
@given(
    words=st.lists(st.sampled_from(_MARK_WORDS), max_size=10),
    gaps=st.lists(st.sampled_from([" ", "  ", "\n", "", "'", "-", ", "]), min_size=10, max_size=10),
)
def test_the_dictated_marks_tree_finds_what_the_plain_alternation_found_in_random_text(
    words: list[str], gaps: list[str]
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    assert _found(_RULES.dictated_mark_re, text) == _found(_PLAIN_MARKS, text)


def test_letters_one_ignoring_case_keep_the_plain_alternation() -> None:
    # "xi" and "x" with the dotless i both match "XI": the alternation says which is found.
    assert request_rules._case_twins({"xi", "x\u0131"})
    assert not request_rules._case_twins({"punto", "komma"})
    assert request_rules._words_regex({"xi", "x\u0131"}).pattern.count("|") == 1
