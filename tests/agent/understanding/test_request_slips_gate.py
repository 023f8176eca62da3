"""A mail is searched for a slip of an ask verb only where it holds a word one slip from
one (``slips_of``): the slips corrected are those the searches alone correct, in every
labelled mail and in random asks written with every kind of slip of every verb, in plain
text and beside letters of other alphabets."""

from __future__ import annotations

from functools import cache

from hypothesis import example, given, settings
from hypothesis import strategies as st

from agent.understanding import request_slips
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.shared_inputs import labelled_messages
from tests.agent.understanding.test_request_gates import _ungated_slip

_RULES = load_rules()


@cache
def _labelled_texts() -> list[str]:
    return [message.text or "" for message in labelled_messages()]


def test_the_slips_of_labelled_mail_are_those_the_searches_alone_correct() -> None:
    corrected = 0
    for text in _labelled_texts():
        found = request_slips.corrected_slip(text, _RULES)
        assert found == _ungated_slip(text, _RULES), text[:80]
        corrected += found != text
    assert corrected >= 1


def test_every_slip_read_is_among_the_slips_of_its_verbs() -> None:
    for verbs, _ in _RULES.slip_asks:
        slips = request_slips.slips_of(verbs)
        for verb in sorted(verbs):
            for word in (verb[1:], verb[:-1], verb + verb[-1], verb[1] + verb[0] + verb[2:]):
                if request_slips.slip_of(word, verbs) is not None:
                    assert word in slips


_VERBS = sorted({verb for verbs, _ in _RULES.slip_asks for verb in verbs})


def _slipped(verb: str, kind: int, at: int) -> str:
    at %= max(len(verb) - 1, 1)
    if kind == 0:
        return verb[:at] + verb[at + 1 : at + 2] + verb[at] + verb[at + 2 :]
    if kind == 1:
        return verb[:at] + verb[at + 1 :]
    if kind == 2:
        return verb[: at + 1] + verb[at] + verb[at + 1 :]
    return verb[:at] + "x" + verb[at + 1 :]


_FRAMES = ["me w/", "me with", "me to", "moi \u00e0", "moi avec", "me con", "me a", "mich mit"]
_FRAMES += ["uns mit", "me com", "me ao", "na", "kwa", "me", "with"]


@settings(max_examples=2000, deadline=None)
@given(
    verb=st.sampled_from(_VERBS),
    kind=st.integers(0, 4),
    at=st.integers(0, 20),
    case=st.sampled_from([str.lower, str.upper, str.title]),
    frame=st.sampled_from(_FRAMES),
    name=st.sampled_from(["kevin liu", "Kevin Liu", "K\u00e9vin", "\u212aevin Lee", "Ann"]),
    address=st.sampled_from([" (kevin.liu@x.com)", " <kevin@x.io>", " [k@x.io]", " k@x.io"]),
    before=st.sampled_from(["", "can u ", "Bonjour, ", "\u00bfPuedes ", "Hi ", "1", "-", "'"]),
    after=st.sampled_from(["", "??", " thanks", " merci \u00e9", "\n\nAnn", " please introduce"]),
)
# "presentar me con": a slip of "apresentar" that is a verb split by a space, read whole.
@example(
    verb="apresentar",
    kind=1,
    at=0,
    case=str.lower,
    frame="me con",
    name="kevin liu",
    address=" (kevin.liu@x.com)",
    before="",
    after="",
)
def test_the_slips_of_random_asks_are_those_the_searches_alone_correct(
    verb: str,
    kind: int,
    at: int,
    case: object,
    frame: str,
    name: str,
    address: str,
    before: str,
    after: str,
) -> None:
    assert callable(case)
    slip = case(_slipped(verb, kind, at))
    text = f"{before}{slip} {frame} {name}{address}{after}"
    assert request_slips.corrected_slip(text, _RULES) == _ungated_slip(text, _RULES)
