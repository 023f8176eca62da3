"""The looks in front of the searches for what an ask leaves out say "nothing here" only
where the search finds nothing: ``needless_gate`` where ``needless_re`` finds no lead,
and ``trailing_exclusion_gate`` where ``trailing_exclusion_re`` finds none, in
every labelled mail and in random texts made of the words and prefixes the phrases hold,
and the pieces of words around them."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.request_reading import without_negated_asks, without_trailing_exclusions
from agent.understanding.request_rules import admits, load_rules
from agent.understanding.request_tokens import may_hold, normal_text, words_in
from tests.agent.understanding.shared_inputs import labelled_messages

_RULES = load_rules()


@cache
def _labelled_texts() -> list[str]:
    """The text of every labelled mail."""
    return [message.text or "" for message in labelled_messages()]


def _gate(text: str) -> bool:
    folded = text.casefold().replace("\u2019", "'")
    return admits(_RULES.needless_gate, words_in(normal_text(text)), folded)


def _found(text: str) -> bool:
    return _RULES.needless_re.search(text.casefold().replace("\u2019", "'")) is not None


def test_the_gate_is_set_up_for_the_leads() -> None:
    # Without it the gate is no gate at all: the look must stand for something.
    assert _RULES.needless_gate is not None
    assert _RULES.needless_gate.keys
    assert _RULES.needless_gate.prefix_re is not None


def test_every_labelled_mail_with_a_lead_passes_the_gate() -> None:
    passed = 0
    for text in _labelled_texts():
        if _found(text):
            assert _gate(text), text[:80]
            passed += 1
    # The labelled mails hold leads: the check above checks something.
    assert passed > 20


def test_most_labelled_mail_is_spared_the_search() -> None:
    texts = _labelled_texts()
    assert sum(not _gate(text) for text in texts) > len(texts) // 4


_LEAD_WORDS = sorted(
    {phrase.split()[0] for phrase in _RULES.needless_leads if phrase.split()}
    | {phrase.split()[0] for phrase in _RULES.negation_leads if phrase.split()}
    | {phrase.split()[0] for phrase in _RULES.negated_asks if phrase.split()}
    | {phrase.split()[0] for phrase in _RULES.verb_negations if phrase.split()}
)
_PREFIXES = sorted(p for p in _RULES.negation_prefixes if p)
_PIECES = sorted(
    set(_LEAD_WORDS[:: max(1, len(_LEAD_WORDS) // 60)])
    | {word.upper() for word in _LEAD_WORDS[::7]}
    | {word.title() for word in _LEAD_WORDS[::5]}
    | {word[:-1] for word in _LEAD_WORDS[::3] if len(word) > 1}
    | {word + "s" for word in _LEAD_WORDS[::4]}
    | set(sorted(_RULES.needless_leads | _RULES.negation_leads | _RULES.verb_negations)[::9])
    | set(sorted(_RULES.negated_asks)[::5])
    | set(_PREFIXES)
    | {prefix + "ku" for prefix in _PREFIXES}
    | {"b" + prefix + "ness" for prefix in _PREFIXES}
    | {"need", "to", "me", "introduce", "no", "not", "don't", "n't", "ann", "\u0130", "caf\u00e9"}
)
_GAPS = [" ", "", "'", "\u2019", "-", "_", ", ", ". ", "\n", "(", "1"]


@settings(max_examples=3000, deadline=None)
@given(
    words=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8),
    gaps=st.lists(st.sampled_from(_GAPS), min_size=8, max_size=8),
)
def test_random_texts_with_a_lead_pass_the_gate(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    if _found(text):
        assert _gate(text), text


def test_a_negated_ask_is_still_read() -> None:
    text = "No need to introduce me to Bob Lee (bob@lee.io), but please introduce me to Carol."
    kept, excluded = without_negated_asks(text, _RULES)
    assert excluded == frozenset({"bob@lee.io"})
    assert "Carol" in kept and "bob@lee.io" not in kept


# Trailing exclusions: the regex ignores case, searched in the text as written; the look
# is made in plain text only.


def _trailing_gate(text: str) -> bool:
    folded = normal_text(text)
    return not text.isascii() or (
        may_hold(_RULES.trailing_exclusion_needs, folded)
        and admits(_RULES.trailing_exclusion_gate, words_in(folded), folded)
    )


def _trailing_found(text: str) -> bool:
    return _RULES.trailing_exclusion_re.search(text) is not None


def test_every_labelled_mail_with_a_trailing_exclusion_passes_its_gate() -> None:
    assert _RULES.trailing_exclusion_gate is not None
    assert _RULES.trailing_exclusion_gate.keys
    found = spared = 0
    for text in _labelled_texts():
        if _trailing_found(text):
            assert _trailing_gate(text), text[:80]
            found += 1
        spared += not _trailing_gate(text)
    assert found > 5
    assert spared > len(_labelled_texts()) // 5


_TRAILING_PHRASES = sorted(_RULES.trailing_exclusions | _RULES.instead_words)
_TRAILING_PIECES = sorted(
    {word for phrase in _TRAILING_PHRASES for word in phrase.split()}
    | set(_TRAILING_PHRASES)
    | {phrase.upper() for phrase in _TRAILING_PHRASES[::6]}
    | {phrase.title() for phrase in _TRAILING_PHRASES[::5]}
    | {"Bob", "Lee", "bob@lee.io", "me", "to", "with", "please", "introduce", "Carol"}
    | {"\u017ftatt", "\u212aeinen", "caf\u00e9"}
)
_TRAILING_GAPS = [" ", "  ", "\t", "", "'", "\u2019", ", ", " - ", ",", ". ", "\n", "("]


@settings(max_examples=3000, deadline=None)
@given(
    words=st.lists(st.sampled_from(_TRAILING_PIECES), min_size=1, max_size=8),
    gaps=st.lists(st.sampled_from(_TRAILING_GAPS), min_size=8, max_size=8),
)
def test_random_texts_with_a_trailing_exclusion_pass_its_gate(
    words: list[str], gaps: list[str]
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    if _trailing_found(text):
        assert _trailing_gate(text), text


def test_a_trailing_exclusion_is_still_read() -> None:
    text = "Please introduce me to Carol Diaz (carol@diaz.io), but not to Bob Lee (bob@lee.io)."
    kept, excluded = without_trailing_exclusions(text, _RULES)
    assert excluded == frozenset({"bob lee", "bob@lee.io"})
    assert "Carol" in kept and "Bob" not in kept


def test_the_random_texts_hold_what_the_searches_find() -> None:
    # The pieces the random texts are made of make up texts the searches find something
    # in: the checks above check something.
    assert _trailing_found("We met, " + _TRAILING_PHRASES[0] + " Bob Lee")
    assert _found("so " + sorted(_RULES.needless_leads - {"*"})[0].replace("*", "ask") + " ok")
