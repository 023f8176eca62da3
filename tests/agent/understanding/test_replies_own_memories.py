"""Remembering the writer's own past after a yes ("I remember my own first year well",
"ich erinnere mich gut an meinen eigenen Wechsel damals") knows no one already: it
doubts nothing, in every language. Remembering the other, someone else's word, or a
negated memory still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OWN_MEMORIES = [
    ("Yes, happy to. I remember my own first year well.", "yes"),
    ("Ich habe nichts dagegen \u2013 ich erinnere mich gut an meinen eigenen Wechsel.", "yes"),
    ("Sí, claro. Recuerdo mis propios comienzos.", "yes"),
    ("Oui. Je me souviens de mes propres débuts.", "yes"),
    ("Sim. Lembro dos meus próprios começos.", "yes"),
    # Near-misses: the other remembered, another's word remembered, a negated memory.
    ("Yes. I remember him.", "unclear"),
    ("Yes. I remember my boss saying he was difficult.", "unclear"),
    ("Yes. I don't remember my own first year.", "unclear"),
    ("Ja, gerne. Ich erinnere mich an ihn.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), OWN_MEMORIES)
def test_the_writers_own_past_remembered_doubts_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
