"""Saying it is not possible ("it's not possible") and its kin closing their clause
after a wish ("Ich hätte große Lust dazu. Aber es geht nicht.", "Me encantaría. Pero no
se puede.", "Adoraria. Mas não dá.") refuse, as do a formal refusal ("Ich muss Ihnen eine
Absage erteilen") and a pass put with "also" ("Ich muss also leider passen"); the same
words going on in their clause ("es geht nicht vor März", "not possible before March")
read as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

NOT_POSSIBLE = [
    ("Ich hätte wirklich große Lust dazu. Aber es geht nicht.", "no"),
    ("Ich würde gern. Aber das geht nicht.", "no"),
    ("I would love to. But it's not possible.", "no"),
    ("I would love to. But it does not work.", "no"),
    ("J'aimerais beaucoup. Mais ça ne marche pas.", "no"),
    ("Me encantaría. Pero no se puede.", "no"),
    ("Adoraria. Mas não dá.", "no"),
    ("Ich muss also leider passen.", "no"),
    ("Ich muss Ihnen daher eine Absage erteilen.", "no"),
    # Near misses.
    ("Yes, but it's not possible before March.", "unclear"),
    ("Ja gern, aber es geht nicht vor März.", "unclear"),
    ("Sí, pero no se puede antes de marzo.", "unclear"),
    ("Sim, mas não dá para ligar antes das 19h.", "unclear"),
    ("Ja, gern. Es geht nicht um Geld, oder?", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_POSSIBLE)
def test_not_possible(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
