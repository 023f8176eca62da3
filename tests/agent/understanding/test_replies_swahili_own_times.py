"""Swahili says the writer's own time inside the verb ("nitakapopata", "when I get"):
after a yes it waits on the writer, as "once I have a moment" does, while the other's
time ("mara atakaponitafuta") and "mara moja" ("at once") keep the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OWN_TIMES = [
    ("Ndiyo, mara nitakapopata nafasi.", "unclear"),
    ("Ndiyo, nitakapopata muda.", "unclear"),
    ("Sawa, tutakaporudi Nairobi.", "unclear"),
    ("Ndiyo, baada ya kupata nafasi.", "unclear"),
    ("Ndiyo, mara nikipata nafasi.", "unclear"),
    ("Yes, once I have a moment.", "unclear"),
    ("Ja, sobald ich Zeit habe.", "unclear"),
    # Not the writer's own time.
    ("Ndiyo, mara moja!", "yes"),
    ("Ndiyo, tafadhali nitambulishe mara moja.", "yes"),
    ("Ndiyo, nitafurahi kukutana naye mara atakaponitafuta.", "yes"),
    ("Ndiyo, ningefurahi.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), OWN_TIMES)
def test_the_writers_own_time_in_a_swahili_verb_doubts_the_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer
