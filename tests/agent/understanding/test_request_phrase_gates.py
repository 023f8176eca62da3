"""The word gates in front of the phrase regexes ``read_text`` searches (``phrase_gate``):
a gate turns a text away only where its regex finds nothing in it, so the gated search
finds what the search alone found, in every labelled mail and in random texts made of
the phrases' words."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.request_rules import PhraseGate, admits, load_rules, phrase_gate
from agent.understanding.request_tokens import words_in
from tests.agent.understanding.shared_inputs import labelled_messages

_RULES = load_rules()
# Each gate and the regex it stands before.
_GATED = {
    "sentence_cue_gate": "sentence_cue_re",
    "reply_cue_gate": "reply_cue_re",
    "trigger_gate": "trigger_re",
    "needless_gate": "needless_re",
    "thanks_lead_gate": "thanks_lead_re",
    "doer_gate": "doer_re",
    "action_label_gate": "action_label_re",
    "negated_wish_gate": "negated_wish_re",
    "list_cue_gate": "list_cue_re",
    "told_outcome_gate": "told_outcome_re",
    "intent_gate": "intent_re",
}
_GAPS = [" ", "  ", "\n", "", "'", "-", ", ", ". ", "? ", ":", "(", ")", " (", ") ", "@"]


def _folded(text: str) -> str:
    return text.casefold().replace("\u2019", "'")


def _agree(text: str) -> list[str]:
    """The gates that turn ``text`` away though their regex finds a phrase in it."""
    folded = _folded(text)
    words = words_in(folded)
    wrong = []
    for gate, regex in _GATED.items():
        found = getattr(_RULES, regex).search(folded) is not None
        gated = admits(getattr(_RULES, gate), words, folded) and found
        if gated != found:
            wrong.append(gate)
    return wrong


@cache
def _labelled_texts() -> list[str]:
    """The text of every labelled mail, and its subject."""
    return [text for m in labelled_messages() for text in (m.text or "", m.subject or "")]


def test_every_gate_is_built() -> None:
    assert all(isinstance(getattr(_RULES, gate), PhraseGate) for gate in _GATED)


def test_the_gated_searches_find_in_labelled_mail_what_the_searches_alone_find() -> None:
    texts = _labelled_texts()
    assert len(texts) > 500
    for text in texts:
        assert _agree(text) == [], text[:80]
    # The gate turns most labelled mail away from the negated asks.
    folded = [_folded(text) for text in texts]
    admitted = [admits(_RULES.needless_gate, words_in(text), text) for text in folded]
    assert sum(admitted) < len(texts) // 2


def _words_of(*phrase_sets: object) -> list[str]:
    words: set[str] = set()
    for phrases in phrase_sets:
        assert isinstance(phrases, (set, frozenset, dict))
        for phrase in phrases:
            words.update(phrase.split())
    return sorted(words)


_NEAR_WORDS = sorted(
    set(
        _words_of(
            _RULES.sentence_cues,
            _RULES.reply_cues,
            _RULES.needless_leads,
            _RULES.negation_leads,
            _RULES.negated_asks,
            _RULES.verb_negations,
            _RULES.thanks_leads,
            _RULES.doer_links,
            _RULES.action_labels,
            _RULES.negated_wishes,
            _RULES.list_cues,
            _RULES.told_outcomes,
            _RULES.intent_words,
        )
    )
    | {"Ann", "Lee", "ann@lee.io", "usiwe", "msinitambulishe", "I'M", "Don\u2019t", "STRASSE"}
)
_TRIGGER_WORDS = _words_of(_RULES.triggers)


@settings(max_examples=2000, deadline=None)
@given(
    words=st.lists(st.sampled_from(_NEAR_WORDS), min_size=1, max_size=10),
    gaps=st.lists(st.sampled_from(_GAPS), min_size=10, max_size=10),
)
def test_the_gated_searches_find_in_texts_of_the_phrases_words_what_the_searches_find(
    words: list[str], gaps: list[str]
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    assert _agree(text) == [], text


@settings(max_examples=500, deadline=None)
@given(
    words=st.lists(st.sampled_from([*_TRIGGER_WORDS, "me", "Ann"]), min_size=1, max_size=6),
    gaps=st.lists(st.sampled_from(_GAPS), min_size=6, max_size=6),
)
def test_the_gated_trigger_search_finds_what_the_search_finds(
    words: list[str], gaps: list[str]
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    assert _agree(text) == [], text


def _admits(gate: PhraseGate | None, text: str) -> bool:
    return admits(gate, words_in(text), text)


def test_a_gate_wants_every_word_of_one_phrase_or_a_prefixed_word() -> None:
    gate = phrase_gate(["no need to", "pas besoin de", "musst * nicht", "don't"], ["usi"])
    assert gate is not None
    assert _admits(gate, "x: no need to")
    assert not _admits(gate, "need to")
    assert _admits(gate, "du musst ihn nicht")
    assert not _admits(gate, "du musst")
    assert _admits(gate, "i don't")
    assert _admits(gate, "usiwe")
    assert _admits(gate, "na usiwe")
    # A prefix opens a word, before more of it.
    assert not _admits(gate, "business usi")
    assert not _admits(gate, "'usiwe")
    # A phrase of no word at all may be anywhere: no gate.
    assert phrase_gate(["*", "no need"]) is None
    assert admits(None, frozenset(), "")
    # A phrase of its key word alone admits a text holding that word.
    assert _admits(phrase_gate(["need", "need it not"]), "i need")


def test_a_word_holding_a_star_is_no_word_of_the_text() -> None:
    # A "*" inside a word stands for more of it ("have*email" in a regex of gaps): only
    # the phrase's other words are wanted.
    gate = phrase_gate(["don't have*email handy"])
    assert gate is not None
    assert _admits(gate, "i don't have her email handy")
    assert _admits(gate, "don't haveemail handy")
    assert not _admits(gate, "i don't know")


def test_a_plain_gate_wants_plain_lower_case_words_only() -> None:
    # For a regex ignoring case searched in plain text: "Bob" is no plain lower-case
    # word, and a phrase holding "ã" is found in no plain text.
    gate = phrase_gate(["rather than Bob", "não"], plain=True)
    assert gate is not None
    assert _admits(gate, "rather than")
    assert not _admits(gate, "rather")
    assert not _admits(gate, "nao")
    assert phrase_gate(["Bob"], plain=True) is None
    empty = phrase_gate(["não"], plain=True)
    assert empty is not None and not _admits(empty, "nao não")


def _admits_gate_by_gate(gate: PhraseGate | None, words: frozenset[str], folded: str) -> bool:
    """``admits`` as it was, gate by gate: the keys the words hold, by a set's
    intersection, then the regex of prefixes searched in the whole text."""
    if gate is None:
        return True
    for key in gate.keys.intersection(words):
        for rest in gate.rests[key]:
            if all(run in words for run in rest):
                return True
    return gate.prefix_re is not None and gate.prefix_re.search(folded) is not None


def _every_gate() -> list[PhraseGate | None]:
    gates = [getattr(_RULES, gate) for gate in _GATED]
    gates += [_RULES.trailing_exclusion_gate, *_RULES.cue_gates.values()]
    return gates


def _disagree(text: str) -> list[int]:
    """The gates for which ``admits`` says otherwise than the look gate by gate."""
    folded = _folded(text)
    words = words_in(folded)
    return [
        n
        for n, gate in enumerate(_every_gate())
        if admits(gate, words, folded) != _admits_gate_by_gate(gate, words, folded)
    ]


def test_the_gates_a_texts_words_admit_at_once_are_those_admitted_gate_by_gate() -> None:
    texts = _labelled_texts()
    for text in texts:
        assert _disagree(text) == [], text[:80]
    # Some labelled mail is admitted by each of the gates read_text looks at, so that the
    # comparison is of something.
    for gate in _GATED:
        assert any(admits(getattr(_RULES, gate), words_in(t), t) for t in map(_folded, texts))


_CUE_WORDS = _words_of(*(_RULES.message_cues, _RULES.dismissal_cues, _RULES.hold_cues))


@settings(max_examples=2000, deadline=None)
@given(
    words=st.lists(
        st.sampled_from([*_NEAR_WORDS, *_TRIGGER_WORDS, *_CUE_WORDS, "usi", "usiw", "musi"]),
        min_size=1,
        max_size=10,
    ),
    gaps=st.lists(st.sampled_from(_GAPS), min_size=10, max_size=10),
)
def test_the_gates_random_words_admit_at_once_are_those_admitted_gate_by_gate(
    words: list[str], gaps: list[str]
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    assert _disagree(text) == [], text


def test_a_gate_made_after_a_look_at_a_text_is_known_to_the_next_look() -> None:
    text = "zqx wvy"
    assert not _admits(phrase_gate(["zqx wvy"]), "zqx")
    assert _admits(phrase_gate(["zqx wvy"]), text)
    assert _admits(phrase_gate(["wvy"]), text)
    # A prefix wants more of the word after it, the search deciding the rest.
    gate = phrase_gate(["zzz"], ["usi"])
    assert not _admits(gate, "usi usi")
    assert _admits(gate, "usiw")
    assert not _admits(gate, "l'usiw")
