"""A yes beside a note that the writer, kept busy by shifts or duty, will answer the other
when they can: the reply to the other in the gerund after a dropped subject ("might be
slow replying to him"), a turn from what keeps the writer busy to that reply ("I'm on
call this week but I'll reply to her when I get a chance", "lakini nitamjibu nikipata
nafasi"), the one asked about named after a verb that already names them, and "when I
can" ("le responderé cuando pueda", "sobald ich kann", "nikipata nafasi") as the
writer's own time. A reply to the one who asks, no object, a doubt, a condition, the
yes's own sentence, or no go-ahead beside a Spanish "le" (which may be "you") still
doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text, read_answer

NAMES = frozenset({"baraka", "otieno"})
ASKED = "Baraka Otieno"

SLOW_REPLY_YES = [
    "Yes, go ahead. Working nights till Sunday so might be slow replying to him but really"
    " interested.",
    "yes please go ahead doing lates all week so may be slow getting back to him but very"
    " interested",
    "Sure thing. Doing double shifts this week but I'll get back to her when I get a chance.",
    "Sí, adelante. Esta semana tengo turnos de noche, así que le responderé cuando pueda.",
    "Oui, avec plaisir. Je suis d'astreinte cette semaine mais je lui répondrai quand j'aurai"
    " un moment.",
    "Ja, gerne. Ich habe diese Woche Nachtschicht, aber ich antworte ihr, sobald ich kann.",
    "Sim, claro. Estou de plantão esta semana mas respondo a ela quando eu puder.",
    "Ndiyo, asante. Niko kazini usiku wiki hii lakini nitamjibu nikipata nafasi.",
]


@pytest.mark.parametrize("text", SLOW_REPLY_YES)
def test_a_yes_beside_a_slow_reply_to_the_other_stands(text: str) -> None:
    assert classify_text(text) == "yes"


def test_the_one_asked_about_named_after_the_reply_is_the_one_replied_to() -> None:
    text = "Ndiyo, asante sana. Niko zamu wiki hii lakini nitamjibu Baraka nikipata nafasi."
    assert read_answer(text, NAMES, ASKED)[0] == "yes"


STILL_DOUBTING = [
    # No go-ahead, and "le" may be the one who asks; no reply at all.
    "Sure, I may be slow to respond.",
    "Sí. Le contestaré cuando pueda.",
    "Sí, claro. Le responderé cuando pueda.",
    "Sí, adelante, pero cuando pueda.",
    "Ja, wenn ich kann.",
    "Ndiyo, nikipata nafasi.",
    # The reply to the one who asks, or with no one named: the answer put off.
    "Sure. Doing double shifts this week but I'll get back to you when I get a chance.",
    "Oui. Je suis de garde mais je te répondrai quand j'aurai un moment.",
    "Ndiyo. Niko zamu wiki hii lakini nitajibu nikipata nafasi.",
    # A doubt, a condition, or the yes's own run with a single yes.
    "Ndiyo. Sina uhakika lakini nitamjibu nikipata nafasi.",
    "Yes. Working nights this week but maybe I'll reply to her when I get a chance.",
    "Ja. Ich habe Nachtschicht, aber ich antworte ihr, sobald ich kann, falls es passt.",
    "Sim. Estou de plantão mas não sei se respondo a ela quando eu puder.",
    "Yes go ahead. Might be slow getting back to her but only if she's serious.",
    "Sure on nights all week so might be slow getting back to her",
]


@pytest.mark.parametrize("text", STILL_DOUBTING)
def test_a_reply_put_off_or_doubted_still_doubts(text: str) -> None:
    assert read_answer(text, NAMES, ASKED)[0] == "unclear"


def test_someone_else_named_after_the_reply_is_not_the_one_asked_about() -> None:
    text = "Ndiyo. Niko zamu lakini nitamjibu Juma nikipata nafasi."
    assert read_answer(text, NAMES, ASKED)[0] == "unclear"


def test_a_refusal_after_the_slow_reply_says_no_yes() -> None:
    text = (
        "yes please go ahead doing lates all week so may be slow getting back to her but not"
        " interested in a call"
    )
    assert classify_text(text) != "yes"
