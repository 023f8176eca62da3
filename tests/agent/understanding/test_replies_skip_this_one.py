"""Letting the offer go by in so many words ("I'm going to let this one go by", "I'd
rather skip it", "Ich lasse das aber lieber aus", "je préfère laisser passer") declines
it; the same words about something else beside a yes to the meeting do not. Leave to
mention something ("I'm very happy for you to mention that ...") is no yes to the
introduction."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

SKIPS = [
    "Thank you for thinking of me. Having thought about it, I'm going to let this one go by.",
    "Sounds lovely, but I'd rather skip it.",
    "Die Idee finde ich gut. Ich lasse das aber lieber aus, mir fehlt die Zeit.",
    "Merci beaucoup, mais je préfère laisser passer.",
    "Gracias, pero prefiero pasar.",
    "Obrigada, mas prefiro passar.",
    "Asante, lakini nitapita kwa sasa.",
]


@pytest.mark.parametrize("text", SKIPS)
def test_letting_the_offer_go_by_declines(text: str) -> None:
    assert classify_text(text) == "no"


def test_leave_to_mention_something_is_no_yes_beside_a_refusal() -> None:
    text = (
        "I'm going to let this one go by, it wouldn't be fair to anyone. I'm very happy"
        " for you to mention that it came recommended by someone on the ground."
    )
    assert classify_text(text) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Happy for you to mention my name and introduce us.",
        "Ja, gerne. Die Vorspeise lasse ich lieber aus, aber das Treffen passt.",
    ],
)
def test_near_misses_keep_their_reading(text: str) -> None:
    assert classify_text(text) in ("yes", "unclear")
    assert classify_text(text) != "no"
