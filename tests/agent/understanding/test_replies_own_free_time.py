"""The writer's own free time after a yes ("when I get a chance", "quand j'aurai un
moment", "cuando tenga un momento", "wenn ich Zeit habe", "quando eu tiver um tempo")
waits on the writer, as "once I have a moment" does: unclear. Beside a go-ahead it is a
note, and the other's time ("whenever suits", "any time", "quand vous voulez") keeps the
yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OWN_FREE_TIME = [
    ("Yes, when I get a chance.", "unclear"),
    ("Yes, when I get a moment.", "unclear"),
    ("Sure, whenever I find the time.", "unclear"),
    ("Happy to, when I have some time.", "unclear"),
    ("Yes, when I'm free.", "unclear"),
    ("Oui, quand j'aurai un moment.", "unclear"),
    ("Oui, quand j'ai le temps.", "unclear"),
    ("Oui, dès que j'aurai un moment.", "unclear"),
    ("Sí, cuando tenga un momento.", "unclear"),
    ("Sí, en cuanto tenga tiempo.", "unclear"),
    ("Ja, wenn ich Zeit habe.", "unclear"),
    ("Ja, gerne, wenn ich dazu komme.", "unclear"),
    ("Sim, quando eu tiver um tempo.", "unclear"),
    ("Sim, quando tiver um tempinho.", "unclear"),
    ("Ja, sobald ich Zeit habe.", "unclear"),
    # Beside a go-ahead, a note; the other's time keeps the yes.
    ("Yes, I'll reply when I get a chance but go ahead and connect us.", "yes"),
    ("Oui, présentez-nous, je lui écrirai quand j'aurai un moment.", "yes"),
    ("Yes, whenever suits.", "yes"),
    ("Yes, any time.", "yes"),
    ("Yes, call me when you get a chance.", "yes"),
    ("Yes, whenever he has time.", "yes"),
    ("Oui, quand vous voulez.", "yes"),
    ("Sí, cuando quieras.", "yes"),
    ("Ja, wann immer es Ihnen passt.", "yes"),
    ("Ja gerne, sobald sie Zeit hat.", "yes"),
    ("Sí, con gusto, en cuanto ella tenga un momento.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), OWN_FREE_TIME)
def test_the_writers_own_free_time_doubts_a_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer
