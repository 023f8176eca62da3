"""The negator inside a neutral phrase of several words ("no worries", "no rush", "no
pressure") eases, it refuses nothing: a yes right after it agrees, with or without a
comma between. A refusal after it still declines."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "body",
    [
        "no worries go ahead",
        "No worries mate go ahead, not a problem at all.",
        "no rush happy to meet her whenever",
        "no pressure happy to chat",
    ],
)
def test_a_yes_after_an_easing_phrase_agrees(body: str) -> None:
    assert read_answer(body)[0] == "yes"


@pytest.mark.parametrize(
    "body",
    [
        "no worries not interested",
        "No worries, I'll pass.",
        "no pressure but I'm not interested",
        "no rush, but no thanks",
    ],
)
def test_a_refusal_after_an_easing_phrase_still_declines(body: str) -> None:
    assert read_answer(body)[0] == "no"


def test_a_negator_before_a_yes_still_takes_it_back() -> None:
    assert read_answer("not happy to meet him")[0] != "yes"
