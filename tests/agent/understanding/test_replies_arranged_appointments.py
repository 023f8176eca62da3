"""A bare yes in a sentence of its own, after which its paragraph only agrees to a time of
day and names a place ("Yes!! Thursday works for me. 7:30 at Casa Lucia."), answers
another appointment being arranged, which the opt-in question never proposed: unclear,
never a yes to the introduction. A yes of its own ("Yes, happy to. Thursday works for
me"), no place or no time of day, the one asked about, a meeting word or anything else
beside the time leave the yes as it was."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text, read_answer

ARRANGED = [
    "Yes!! Thursday works for me. 7:30 at Casa Lucia.",
    "Yes!! Thursday works for me.\n7:30 at Casa Lucia.",
    "Yes! 7:30 at Casa Lucia.",
    "Sure! Thursday at 7:30 at Casa Lucia works.",
    "Yes! 8pm at The Anchor. See you there.",
    "Oui !! Jeudi me va. 19h30 chez Casa Lucia.",
    "¡Sí! El jueves me va bien. A las 19:30 en Casa Lucía.",
    "Ja! Donnerstag passt. 19:30 Uhr im Casa Lucia.",
    "Sim! Quinta funciona para mim. 19h30 no Casa Lucia.",
    "Ndiyo! Alhamisi inanifaa. Saa 1:30 jioni pale Casa Lucia.",
]


@pytest.mark.parametrize("text", ARRANGED)
def test_a_bare_yes_to_a_time_and_place_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


STILL_YES = [
    # A yes of its own beside the time: the question answered, the time a note.
    "Yes, happy to. Thursday works for me",
    "Yes, happy to. Thursday works for me. 7:30 at Casa Lucia.",
    "Yes! Please go ahead. Thursday 7:30 at Casa Lucia works for me.",
    # No time of day or no place.
    "Yes!! Thursday works for me.",
    "Ja. Ich bin um 14:00 im Büro.",
    # The one asked about, or the meeting with them, named.
    "Yes! Happy to meet Bob. 7:30 at Casa Lucia.",
    "Yes! Thursday at 7:30 works for a call.",
    # Another paragraph that answers the question.
    "Yes!! Thursday works for me. 7:30 at Casa Lucia.\n\nAnd yes, happy to be introduced.",
]


@pytest.mark.parametrize("text", STILL_YES)
def test_a_yes_that_answers_the_question_stays(text: str) -> None:
    assert classify_text(text) == "yes"


def test_the_one_asked_about_named_beside_the_place_keeps_the_yes() -> None:
    answer, _ = read_answer("Yes! 7:30 at Casa Lucia with Bob.", asked="Bob Lee")
    assert answer == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes! 7:30 at Casa Lucia with Bob?",
        "Yes. 7:30 at Casa Lucia is not possible.",
        "Ja. Ab dem 20.11. bin ich im Urlaub.",
    ],
)
def test_near_misses_stay_no_yes(text: str) -> None:
    assert classify_text(text) != "yes"
