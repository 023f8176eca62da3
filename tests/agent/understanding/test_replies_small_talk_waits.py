"""A perfect after "once" in a note after a yes tells what must happen first, not the
past: no small talk, so its doubt stands (reply_small_talk._waits_on_time)."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes. I'll reply once I've checked with my wife.",
        "Yes. I'll get back to you once I've checked with my wife.",
        "Sure. I'll reply as soon as I've spoken to my partner.",
        "Ja. Ich melde mich, sobald ich mit meiner Frau gesprochen habe.",
        "Sim. Respondo assim que tiver falado com a minha mulher.",
    ],
)
def test_a_reply_waiting_on_a_check_leaves_the_yes_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. I'll be in touch once we've talked.",
        "Yes, happy to. I've been meaning to reach out to her for a while.",
        "Yes. We ran the rounds twice a week instead of once. Happy to talk, please introduce us.",
    ],
)
def test_a_yes_beside_no_wait_stands(text: str) -> None:
    assert read_answer(text)[0] == "yes"
