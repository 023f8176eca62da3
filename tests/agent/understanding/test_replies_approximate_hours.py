"""Swahili "kama" is "if", and also "about" before an hour: "kama saa" with an hour
right after it and nothing but times to its clause's end ("nipigie kama saa mbili
usiku": call me around eight at night) says when, and sets no condition on the yes. An
"if" needs a verb: "kama" going on with one ("kama saa mbili inamfaa", "kama ni kuhusu
kazi") still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ABOUT_AN_HOUR = [
    "Ndiyo, anipigie kama saa tatu usiku.",
    "Ndiyo kabisa, tuongee kesho kama saa nne asubuhi",
    "Sawa, nitafurahi. Anipigie kama saa 2 jioni hivi.",
    "Ndiyo, anitafute kama saa mbili na nusu za usiku.",
    "Ndiyo, kama saa kumi jioni.",
]


@pytest.mark.parametrize("text", ABOUT_AN_HOUR)
def test_kama_before_an_hour_is_about(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_IF = [
    # An "if" on a matter, before or after the yes.
    "Kama ni kuhusu biashara, ndiyo.",
    "Ndiyo, kama ni kuhusu biashara.",
    "Ndiyo, kama ana nafasi.",
    # The hour goes on with a verb: "if eight suits him".
    "Ndiyo, kama saa mbili inamfaa.",
    "Kama saa tatu ni sawa kwake, ndiyo.",
    "Ndiyo, kama saa mbili usiku inamfaa.",
    # "kama" before no hour.
    "Ndiyo, kama saa hii haifai, tuongee kesho.",
]


@pytest.mark.parametrize("text", STILL_IF)
def test_kama_with_a_verb_stays_a_condition(text: str) -> None:
    assert classify_text(text) == "unclear"
