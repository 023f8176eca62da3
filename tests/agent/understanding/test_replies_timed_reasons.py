"""A negated reason for a time of day preferred, after a yes ("I don't drive after dark
so daytime please", "Ich fahre nicht mehr im Dunkeln, also lieber tagsüber") is a note on
when to meet, no doubt of the yes. A reason that refuses, doubts or names the other, a
refusal or a doubt after "so", a question, or no yes before it still reads as it did."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

TIMED = [
    "Yes happy to. I don't drive after dark so daytime please.",
    "Oui avec plaisir. Je ne conduis plus la nuit, donc plutôt en journée.",
    "Sí, encantado. No conduzco de noche, así que mejor de día.",
    "Ja, gerne. Ich fahre nicht mehr im Dunkeln, also lieber tagsüber.",
    "Sim, com prazer. Não dirijo à noite, então de preferência de dia.",
    "Ndiyo, nimefurahi. Sina gari usiku, kwa hiyo mchana tafadhali.",
]


@pytest.mark.parametrize("text", TIMED)
def test_a_reason_for_a_time_preferred_is_a_note(text: str) -> None:
    assert classify_text(text) == "yes"


DOUBTED = [
    # The reason refuses or doubts the meeting, or speaks of the other.
    "Yes happy to. I don't want to meet him so daytime please.",
    "Yes happy to. I don't trust him so daytime please.",
    "Yes happy to. I'm not interested so daytime please.",
    "Yes happy to. I'm not sure so mornings maybe.",
    # What follows "so" is no time of day.
    "Yes happy to. I can't do this month so next month please.",
    # A question.
    "Yes happy to. I don't drive after dark so daytime please?",
    # No yes before it.
    "I don't drive after dark so daytime please.",
]


@pytest.mark.parametrize("text", DOUBTED)
def test_other_negated_reasons_still_doubt(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes happy to. I don't drive after dark so no.", "unclear"),
        ("I don't want to meet him so no.", "no"),
    ],
)
def test_a_refusal_after_the_reason_is_no_time(text: str, answer: str) -> None:
    assert classify_text(text) == answer
