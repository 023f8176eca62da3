"""The writer no longer doing this kind of thing ("I'm not doing these any more", "mache
ich nicht mehr", "je n'en fais plus", "ya no hago estas cosas", "já não faço isso",
"sifanyi hivyo tena") refuses; after a mocking yes and a "but" it is the answer. Beside a
plain yes and a turn back to it the reply stays unclear, never a yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

REFUSALS = [
    "I'm not doing these any more, sorry.",
    "Sowas mache ich nicht mehr.",
    "Je n'en fais plus, désolée.",
    "Ya no hago estas cosas, lo siento.",
    "Já não faço isso, desculpe.",
    "Sifanyi hivyo tena, samahani.",
    "Yes, absolutely, I'll just close the shop for him, shall I. Sorry, long week. But no,"
    " thanks, but I'm not doing these anymore.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_no_longer_doing_these_refuses(text: str) -> None:
    assert read_answer(text)[0] == "no"


def test_a_yes_beside_it_stays_unclear() -> None:
    text = "Yes, happy to! I'm retired, so I'm not doing this any more for money, but glad to."
    assert read_answer(text)[0] == "unclear"
