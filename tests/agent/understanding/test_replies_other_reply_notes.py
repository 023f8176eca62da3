"""When the writer will reply to the other, said after a yes in an earlier sentence ("Yes,
sure. I'll reply to him when I'm back.", "so I might take a couple of days to reply to
her, but I'm definitely interested", "Nitamjibu nikirudi ofisini"), is a contact agreed
to, timed: no condition. Replying to the one who asks ("I'll reply to you when I'm
back"), deciding later, a condition, a doubt or the yes's own sentence still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

TIMED = [
    "Yes, sure. I'll reply to him when I'm back.",
    "Yes, sure. I'm travelling until Thursday, so I'll reply to her when I get back.",
    "Sure, happy to be introduced to Dana.\n\nFair warning that I'm in the last stretch of"
    " thesis writing, so I might take a couple of days to reply to her, but I'm definitely"
    " interested.",
    "Oui, volontiers. Je lui répondrai à mon retour.",
    "Sí, claro. Le responderé a él a mi regreso.",
    "Ja, gerne. Ich antworte ihm, wenn ich zurück bin.",
    "Sim, claro. Respondo a ele quando voltar.",
    "Ndiyo, sawa kabisa.\n\nNitamjibu nikirudi ofisini.",
]


@pytest.mark.parametrize("text", TIMED)
def test_a_reply_to_the_other_timed_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTING = [
    "Yes, sure. I'll reply to you when I'm back.",
    "Yes, sure. I'll decide when I'm back.",
    "Yes, sure. I'll reply to him when I'm back, if he's still keen.",
    "Yes, sure. I'll reply to him when I'm back and decide then.",
    "Maybe. I'll reply to him when I'm back.",
    "Sure, I'll reply to him when I'm back.",
    "Sure, I might take a couple of days to reply to her.",
    "Sure. I might reply to her.",
    "Yes. I might take a couple of days to decide.",
    "Ndiyo. Nitajibu nikirudi.",
    "Ndiyo. Nitamjibu nikirudi kama nina muda.",
    "Oui. Je lui répondrai à mon retour, s'il est sérieux.",
    "Ja, gerne. Ich antworte ihm, wenn ich zurück bin, falls es passt.",
]


@pytest.mark.parametrize("text", STILL_DOUBTING)
def test_a_reply_that_decides_or_waits_on_a_condition_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"
