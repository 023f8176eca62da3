"""In a note on when to reach the writer after a yes, a time of the week ruled out after
the hours given ("Best time to call is after 2 PM but not Thursday", "am besten
nachmittags anrufen, aber nicht montags") tells when to call, and the yes stands. With
no hours given before it ("Yes, but not Thursday"), or a time that is no day of the week
("not this month"), it still restricts or puts off the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "Yes happy to speak to her. Best time to call is after 2 PM when I've slept but "
        "not Thursday as I'm back on.",
        "Yes happy to. Call me evenings, but not Thursday.",
        "Ja, gern. Am besten nachmittags anrufen, aber nicht montags.",
        "Sí, encantada. Mejor llamar por la tarde, pero no el viernes.",
    ],
)
def test_a_day_excepted_from_the_hours_given_is_a_note(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes, but not Thursday.", "unclear"),
        ("Yes happy to. Call me after 2 PM but not this month.", "no"),
        (
            "Yes happy to. Call me after 2 PM but not Thursday, I'm not interested in "
            "sales pitches.",
            "no",
        ),
        ("Oui avec plaisir. Mais pas le jeudi.", "unclear"),
    ],
)
def test_a_day_excepted_with_no_hours_given_still_counts(text: str, answer: str) -> None:
    assert classify_text(text) == answer
