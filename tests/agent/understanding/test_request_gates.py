"""The cheap looks in front of costly searches (how often a mark's words occur, whether a
language's frame words are there at all, a phrase's first word) say "nothing here" only
where the search they spare finds nothing: the gated readers and regexes give what the
searches alone gave, in every labelled mail and in random texts made of the words near
each gate."""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding import request_dictated, request_rules, request_slips
from agent.understanding.request_rules import Rules, load_rules
from agent.understanding.request_tokens import normal_text
from tests.agent.understanding.shared_inputs import labelled_messages

_RULES = load_rules()
_GAPS = [" ", "  ", "\n", "", "'", "-", ", ", ". ", "? ", ".", "(", ")", " (", ") "]


@cache
def _labelled_texts() -> list[str]:
    """The text of every labelled mail."""
    return [message.text or "" for message in labelled_messages()]


def _joined(words: list[str], gaps: list[str]) -> str:
    return "".join(w + g for w, g in zip(words, gaps, strict=False))


# Dictated marks: the count of their words before the search.


def _spans(found: list[re.Match[str]] | None) -> list[tuple[int, int]] | None:
    return None if found is None else [hit.span() for hit in found]


def _ungated_marks(text: str, rules: Rules) -> list[tuple[int, int]] | None:
    """``_spoken_marks`` as it was: the search, then the count of marks written."""
    spoken = [
        found
        for found in rules.dictated_mark_re.finditer(text)
        if not request_dictated._guarded(text, found, rules)
    ]
    if len(spoken) < request_dictated.MIN_DICTATED_MARKS or len(
        request_dictated._WRITTEN_MARK.findall(text)
    ) >= len(spoken):
        return None
    return _spans(spoken)


def test_the_marks_spoken_in_labelled_mail_are_those_the_search_alone_finds() -> None:
    for text in _labelled_texts():
        assert _spans(request_dictated._spoken_marks(text, _RULES)) == _ungated_marks(
            text, _RULES
        ), text[:80]


_MARK_WORDS = sorted(
    {word for phrase in _RULES.dictated_marks for word in phrase.split()}
    | {word.upper() for phrase in _RULES.dictated_marks for word in phrase.split()}
    | {word.title() for phrase in _RULES.dictated_marks for word in phrase.split()}
    | {word[:-1] for phrase in _RULES.dictated_marks for word in phrase.split()}
    | {word + "s" for phrase in _RULES.dictated_marks for word in phrase.split()}
    | set(sorted(_RULES.dictated_mark_guards)[:20])
    | set(sorted(_RULES.dictated_mark_follows)[:20])
    | {"ann", "lee", "x", "3", "the", "Punkt.", "\u0130", "\u017f", "\u212a", "caf\u00e9"}
)
# Mostly plain words between single spaces, as dictation writes them.
_PLAIN_WORDS = ["ann", "lee", "hallo", "sie", "she", "is", "x", "mail"]


@settings(max_examples=1500, deadline=None)
@given(
    words=st.lists(
        st.tuples(st.sampled_from(_PLAIN_WORDS), st.sampled_from(_MARK_WORDS)).map(" ".join),
        max_size=7,
    ),
    gaps=st.lists(st.sampled_from([*_GAPS, " ", " ", " ", " "]), min_size=14, max_size=14),
)
def test_the_marks_spoken_in_random_text_are_those_the_search_alone_finds(
    words: list[str], gaps: list[str]
) -> None:
    text = _joined(words, gaps)
    assert _spans(request_dictated._spoken_marks(text, _RULES)) == _ungated_marks(text, _RULES)
    # The words counted bound how many marks the search finds.
    if text.isascii() and _RULES.dictated_mark_needs is not None:
        most = sum(text.lower().count(word) for word in _RULES.dictated_mark_needs)
        assert len(list(_RULES.dictated_mark_re.finditer(text))) <= most


# Slips: the words of each language's frames before its search.


def _ungated_slip(text: str, rules: Rules) -> str:
    """``corrected_slip`` as it was: every language's frame searched, after an ask verb
    split by a space is read whole (which its own gate only speeds up)."""
    if rules.split_ask_re is not None:
        text = rules.split_ask_re.sub(lambda found: found.group("split").replace(" ", ""), text)
    if "@" not in text or not rules.slip_asks:
        return text
    if rules.trigger_re.search(normal_text(text)) is not None:
        return text
    for verbs, frame_re in rules.slip_asks:
        found = frame_re.search(text)
        if found is None:
            continue
        folded = found.group("slip").casefold()
        if (
            len(folded) < request_slips.MIN_SLIP_LETTERS
            or folded in rules.slip_real_words
            or any(folded in known for known, _ in rules.slip_asks)
        ):
            continue
        target = request_slips.slip_of(folded, verbs)
        if target is None:
            continue
        return text[: found.start("slip")] + target + text[found.end("slip") :]
    return text


def test_the_slips_in_labelled_mail_are_those_every_search_finds() -> None:
    for text in _labelled_texts():
        assert request_slips.corrected_slip(text, _RULES) == _ungated_slip(text, _RULES), text[:80]


_FRAME_WORDS = sorted(
    {"me", "ME", "Me", "w/", "W/", "with", "to", "moi", "MOI", "avec", "\u00e0", "a", "A"}
    | {"con", "mich", "MICH", "mit", "uns", "ao", "com", "na", "kwa", "Kwa", "m\u00e9"}
    | {"conect", "CONECT", "introdcue", "presnet", "presnetar", "vernezte", "kevin", "liu"}
    | {"Kevin", "Liu", "(kevin.liu@stripe.com)", "<kevin.liu@stripe.com>", "kevin.liu@stripe.com"}
    | {"[kevin@x.io]", "ann", "\u212aevin", "\u017fee"}
)


# A slip, a frame, a name and an address, in any case, between other words.
_SLIP_PARTS = st.tuples(
    st.lists(st.sampled_from(_FRAME_WORDS), max_size=3),
    st.sampled_from(["conect", "CONECT", "introdcue", "presnetar", "vernezte", "intro", "ann"]),
    st.sampled_from([" ", "-", "  "]),
    st.sampled_from(["me", "Me", "ME", "w/", "me w/", "moi", "moi \u00e0", "con", "mich mit"]),
    st.sampled_from([" ", "\n", ""]),
    st.sampled_from(["kevin liu", "Kevin", "K\u00e9vin Liu", "\u212aevin", "kevin liu ann lee"]),
    st.sampled_from([" (kevin.liu@stripe.com)", " <kevin@x.io>", "[kevin@x.io]", " kevin@x.io"]),
    st.lists(st.sampled_from(_FRAME_WORDS), max_size=3),
).map(lambda p: " ".join([*p[0], p[1] + p[2] + p[3] + " " + p[4] + p[5] + p[6], *p[7]]))


@settings(max_examples=1500, deadline=None)
@given(
    text=st.one_of(
        _SLIP_PARTS,
        st.builds(
            _joined,
            st.lists(st.sampled_from(_FRAME_WORDS), max_size=10),
            st.lists(st.sampled_from([*_GAPS, "-"]), min_size=10, max_size=10),
        ),
    )
)
def test_the_slips_in_random_text_are_those_every_search_finds(text: str) -> None:
    assert request_slips.corrected_slip(text, _RULES) == _ungated_slip(text, _RULES)
    # Each search spared finds nothing.
    lowered = set(re.findall(r"\w+", text.lower()))
    for (_, frame_re), needs in zip(_RULES.slip_asks, _RULES.slip_frame_needs, strict=True):
        if text.isascii() and needs is not None and needs.isdisjoint(lowered):
            assert frame_re.search(text) is None


# Kin: the phrases' first words looked for before their alternatives.


def _plain_kin(phrases: set[str]) -> re.Pattern[str]:
    """``kin_re`` as it was built before: the alternation alone."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    body = "|".join(
        re.escape(p).replace("\\ ", r"\s+") + ("" if p.endswith("'") else r"(?!\w)")
        for p in ordered
    )
    return re.compile(rf"(?:(?<!\w)|(?='))(?:{body})")


_PLAIN_KIN = _plain_kin(_RULES.kin_cues)


def _kin_spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [hit.span() for hit in regex.finditer(text)]


def test_the_kin_found_in_labelled_mail_are_those_the_alternation_alone_finds() -> None:
    assert _RULES.kin_re.pattern != _PLAIN_KIN.pattern
    for text in _labelled_texts():
        for folded in (text, normal_text(text)):
            assert _kin_spans(_RULES.kin_re, folded) == _kin_spans(_PLAIN_KIN, folded)


_KIN_WORDS = sorted(
    {word for phrase in _RULES.kin_cues for word in phrase.split()}
    | {phrase.split()[0][:2] for phrase in _RULES.kin_cues}
    | {"haddad", "in\u00e8s", "haddad's", "d'in\u00e8s", "x", "'", "'s", "d'", "l'", "a"}
)


@settings(max_examples=1500, deadline=None)
@given(
    words=st.lists(st.sampled_from(_KIN_WORDS + sorted(_RULES.kin_cues)), max_size=10),
    gaps=st.lists(st.sampled_from([" ", "  ", "\n", "", "'", ", ", "-", " \t"]), min_size=10),
)
def test_the_kin_found_in_random_text_are_those_the_alternation_alone_finds(
    words: list[str], gaps: list[str]
) -> None:
    text = _joined(words, gaps)
    assert _kin_spans(_RULES.kin_re, text) == _kin_spans(_PLAIN_KIN, text)


def test_kin_phrases_opening_on_white_space_keep_the_alternation_alone() -> None:
    regex = request_rules._kin_regex({" odd one", "the son of"})
    assert regex.pattern == _plain_kin({" odd one", "the son of"}).pattern
