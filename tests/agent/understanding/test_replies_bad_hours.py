"""A part of the day that is no good for the writer ("Mornings are no good for me"),
beside a yes, is a note on when to reach them, read whole as "mornings are better" is
(rules/replies asides): its negation refuses nothing. Alone it answers nothing, and a
refusal beside it still refuses."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

NOTES = [
    "Yes, happy to be introduced. Mornings are no good for me, I'm in theatre till 1.",
    "Yes. Mornings are no good for me, after 2 is grand.",
    "Yes, happy to. Mornings don't work for me.",
    "Yes, but evenings are no good for me.",
    "Oui, avec plaisir. Le matin je ne peux pas.",
    "Oui, mais le matin ce n'est pas possible.",
    "Sí, claro. Por las mañanas no puedo.",
    "Ja, gerne. Vormittags geht es nicht.",
    "Sim, claro. De manhã não dá.",
    "Ndiyo, karibu. Asubuhi sipatikani.",
]


@pytest.mark.parametrize("text", NOTES)
def test_a_bad_part_of_the_day_beside_a_yes_keeps_it(text: str) -> None:
    assert classify_text(text) == "yes"


NEAR_MISSES = [
    # Alone, or beside a refusal or a doubt, the note decides nothing.
    ("Mornings are no good for me.", "unclear"),
    ("Mornings are no good. Not interested.", "no"),
    ("Yes, if he's not a recruiter. Mornings are no good for me.", "unclear"),
    ("Sí, claro, pero no puedo.", "no"),
    ("Ja, aber ich kann nicht.", "no"),
    # The whole day, or the writer unable at all, is no note on the hours.
    ("Yes, happy to. I'm not able to this week.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), NEAR_MISSES)
def test_the_note_decides_nothing_else(text: str, answer: str) -> None:
    assert classify_text(text) == answer
