"""A meeting refused only for want of something ("No deck, no meeting", "Sin deck, no hay
reunión") is a condition the agent cannot check, no refusal; a lack that refuses on its
own ("No thanks, no meeting", "No time, no call") or none named ("No, no meeting")
still refuses."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Send me his deck first and I'll decide. No deck, no meeting - house rule.", "unclear"),
        ("No deck, no meeting.", "unclear"),
        ("Sin deck, no hay reunión.", "unclear"),
        ("Yes! No deck, no meeting though.", "unclear"),
        ("No thanks, no meeting.", "no"),
        ("No time, no call.", "no"),
        ("No, no meeting.", "no"),
        ("No time, no energy, sorry.", "no"),
        ("No deck, no meeting. And honestly no, I'm not interested.", "no"),
    ],
)
def test_a_meeting_refused_for_want_of_something(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
