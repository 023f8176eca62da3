"""The writer replying only later, after a yes: a note on being out of reach of mail,
no doubt of the yes (rules/replies/*.json: reply_gaps; reply_whereabouts._reply_gaps)."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Ja gerne. Ich antworte aber wahrscheinlich erst nächste Woche, bis Freitag ist Markt.",
        "Gern, leiten Sie es weiter. Ich melde mich aber erst am Montag, vorher ist Ernte.",
        "Yes, happy to. I'll only reply next week though, I'm at the show till Friday.",
        "Ndiyo, sawa. Nitajibu tu wiki ijayo.",
    ],
)
def test_a_late_reply_after_a_yes_leaves_it_standing(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Ich antworte erst nächste Woche.",
        "Ja gerne. Ich antworte ihm erst nächste Woche.",
        "Ja gerne. Ich antworte aber erst, wenn mein Chef zustimmt.",
        "Nein danke. Ich antworte erst nächste Woche.",
        "I'll only reply next week.",
    ],
)
def test_a_late_reply_alone_or_bound_is_no_yes(text: str) -> None:
    assert read_answer(text)[0] != "yes"
