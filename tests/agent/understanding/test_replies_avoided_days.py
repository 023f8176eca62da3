"""In a note that names a channel after a yes, a time of the week ruled out right after
"best", "ideally", "am besten", "de préférence", "preferiblemente" or "de preferência"
("er soll sich einfach melden - am besten nicht am Mittwoch") is the time to avoid when
calling, and the yes stands. With no channel named, no such lead, a time that is no day
of the week, or a refusal beside it, it still restricts or refuses."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

AVOIDED_DAYS = [
    (
        "Kein Problem, gerne. Sagen Sie Herrn Baumgartner, er soll sich einfach melden - am "
        "besten nicht am Mittwoch, da habe ich Praktikum mit den Studierenden.",
        "yes",
    ),
    ("Kein Problem, gerne. Er soll mich anrufen, am besten nicht mittwochs.", "yes"),
    ("Yes, happy to. Tell him to call me, but best not on Wednesdays.", "yes"),
    ("Yes, happy to. Tell him to call me, ideally not on a Wednesday.", "yes"),
    ("Oui, avec plaisir. Qu'il m'appelle, de préférence pas le mercredi.", "yes"),
    ("Sí, claro. Que me llame, preferiblemente no el miércoles.", "yes"),
    ("Sim, claro. Ele pode ligar-me, de preferência não à quarta.", "yes"),
    # No lead, no channel, no time of the week, or a refusal beside it.
    ("Yes, but not Thursday.", "unclear"),
    ("Yes, happy to. Best not on Wednesdays.", "unclear"),
    ("Ja, gerne. Aber am besten nicht am Mittwoch.", "unclear"),
    ("Yes, happy to. Tell him to call me, but best not this month.", "no"),
    (
        "Yes, happy to. Tell him to call me, but best not on Wednesdays, I don't want to meet him.",
        "no",
    ),
]


@pytest.mark.parametrize(("text", "answer"), AVOIDED_DAYS)
def test_a_day_to_avoid_in_a_contact_note_is_a_note(text: str, answer: str) -> None:
    assert classify_text(text) == answer
