"""Each sentence a veto cue is found in is cut out and searched for its cues once
(``_cue_hits``) and read by every check that may spare it: ``_told_after_ask`` and
``_every_cue_spared`` spare the same sentences as when each searched it again, for both
kinds of cue, every labelled mail and random phrasings near the cues' words."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.request_mentions import Item, tokenize
from agent.understanding.request_reading import (
    _APPOSITIVE,
    _asked_clitic,
    _asked_willing,
    _asks,
    _cue_hits,
    _cue_names_else,
    _every_cue_spared,
    _sentences,
    _told_after_ask,
)
from agent.understanding.request_rules import Rules, load_rules
from agent.understanding.request_tokens import normal_text
from tests.agent.understanding.shared_inputs import labelled_messages

_RULES = load_rules()
_Spares = Callable[[str, re.Match[str]], bool]


def _old_spared(
    numbers: set[int],
    cues: re.Pattern[str],
    text: str,
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    spares: _Spares,
) -> set[int]:
    """``_every_cue_spared`` as it was: each sentence cut out and searched again."""
    spared: set[int] = set()
    for number in numbers:
        start, end = bounds[number]
        sentence = normal_text(text[items[start].start : items[end - 1].end])
        hits = list(cues.finditer(sentence))
        if hits and all(spares(sentence, hit) for hit in hits):
            spared.add(number)
    return spared


def _old_told(
    numbers: set[int],
    cues: re.Pattern[str],
    text: str,
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    rules: Rules,
) -> set[int]:
    """``_told_after_ask`` as it was: each sentence cut out and searched again."""
    spared: set[int] = set()
    for number in numbers:
        start, end = bounds[number]
        sentence = normal_text(text[items[start].start : items[end - 1].end])
        hits = list(cues.finditer(sentence))
        if not all(" ".join(hit.group(0).split()) in rules.past_cues for hit in hits):
            continue
        first = hits[0].start()
        breaks = [b.start() for b in rules.clause_break_re.finditer(sentence, 0, first)]
        breaks += [
            comma.start()
            for comma in _APPOSITIVE.finditer(sentence, 0, first)
            if comma.group(1) in rules.descriptor_starts or comma.group(1) in rules.relative_words
        ]
        breaks.sort()
        if not breaks:
            continue
        before = sentence[: breaks[-1]]
        pleads = rules.intent_re.search(before) and rules.plea_re.search(before)
        if pleads or any(_asks(before, h.end(), rules) for h in rules.trigger_re.finditer(before)):
            spared.add(number)
    return spared


def _spares(rules: Rules) -> list[_Spares]:
    return [
        lambda sentence, hit: _asked_willing(sentence, hit, rules),
        lambda sentence, hit: rules.group_close_re.match(sentence, hit.end()) is not None,
        lambda sentence, hit: _asked_clitic(sentence, hit, rules),
        lambda sentence, hit: _cue_names_else(sentence, hit, rules),
        # Every hit past the sentence's first letter: one check sparing some, not all.
        lambda sentence, hit: hit.start() > 0,
    ]


def _same(text: str) -> int:
    """Checks one text; the number of sentences holding a cue."""
    items = tokenize(text, _RULES)
    bounds = _sentences(items)
    held = 0
    for cues in (_RULES.sentence_cue_re, _RULES.reply_cue_re):
        numbers = set(range(len(bounds)))
        said = _cue_hits(numbers, cues, text, items, bounds)
        for n, (start, end) in enumerate(bounds):
            sentence = normal_text(text[items[start].start : items[end - 1].end])
            assert said[n][0] == sentence
            assert [hit.span() for hit in said[n][1]] == [
                hit.span() for hit in cues.finditer(sentence)
            ]
        for spares in _spares(_RULES):
            assert _every_cue_spared(numbers, said, spares) == _old_spared(
                numbers, cues, text, items, bounds, spares
            )
        # ``_told_after_ask`` reads only sentences a cue was found in.
        cued = {n for n in numbers if said[n][1]}
        held += len(cued)
        assert _told_after_ask(cued, said, _RULES) == _old_told(
            cued, cues, text, items, bounds, _RULES
        )
    return held


@cache
def _labelled_texts() -> list[str]:
    return [text for m in labelled_messages() for text in (m.text, m.subject) if text]


def test_the_labelled_mails_are_spared_alike() -> None:
    assert sum(_same(text) for text in _labelled_texts()) > 50


_PIECES = [
    "Thanks for introducing me to Bob.",
    "Would you be up for introducing me to Ann?",
    "¿Podrías presentarles a Pilar Ortega?",
    "Me gustaría presentarles a ustedes dos.",
    "you connected him with my sister",
    "Please link me up with Olusegun Bello again --",
    "put him in touch with Fiona Walsh, the sports physio you introduced me to",
    "Thanks for connecting me with Bob -- you're the best.",
    "introduce",
    "intro",
    "me",
    "to",
    "Carol",
    ",",
    ".",
    "\n\n",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_random_phrasings_are_spared_alike(pieces: list[str]) -> None:
    _same(" ".join(pieces))
