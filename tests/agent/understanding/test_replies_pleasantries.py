"""Pleasantries about having met ("great to see you last week", "nice catching up",
"super de te voir", "schön, dich gesehen zu haben", "foi ótimo te ver", "nimefurahi
kukuona") praise a past meeting and answer nothing; a yes beside one still answers."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for the slow reply. Great to see you last week!",
        "Great catching up at the conference.",
        "Lovely seeing you and the kids.",
        "Super de te voir la semaine dernière !",
        "Qué bueno verte en Madrid.",
        "Schön, dich gesehen zu haben!",
        "Foi ótimo te ver ontem.",
        "Nimefurahi kukuona jana.",
    ],
)
def test_a_pleasantry_answers_nothing(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes! Great to see you last week.", "yes"),
        ("Great, happy to be introduced.", "yes"),
        ("No thanks. Nice seeing you though!", "no"),
        ("Avec plaisir ! Super de te voir.", "yes"),
        ("Ja, gerne. Schön, dich gesehen zu haben!", "yes"),
    ],
)
def test_an_answer_beside_a_pleasantry_still_answers(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
