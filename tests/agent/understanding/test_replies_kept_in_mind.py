"""A wish to be asked another time ("but do keep me in mind for the future", "mais
n'hésitez pas à me recontacter", "aber denken Sie gerne an mich") closes a refusal: the
contrast that opens it turns nothing against the refusal, and its "n'hésitez pas" or
"gerne" says no yes. A condition or a doubt after it, or no refusal before it, reads as
before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

KEPT_IN_MIND = [
    (
        "I'd genuinely love to. However, I'm on research leave until September. I'm "
        "afraid I'll have to pass on this one, but do keep me in mind for the future.",
        "no",
    ),
    (
        "J'aimerais beaucoup. Malheureusement je dois décliner cette fois, mais n'hésitez "
        "pas à me recontacter.",
        "no",
    ),
    (
        "Sehr gerne eigentlich. Leider muss ich diesmal absagen, aber denken Sie gerne an mich.",
        "no",
    ),
    ("Adoraria. Mas desta vez vou passar, mas lembre-se de mim numa próxima.", "no"),
    ("Me encantaría. Pero esta vez tengo que decir que no, pero tenme en cuenta.", "no"),
    ("Ningependa sana. Lakini kwa sasa siwezi, lakini niulize tena.", "no"),
    # A condition or a doubt after the wish, or no refusal before it.
    ("I'd love to. I'll have to pass on this one, but keep me in mind if he's in town.", "unclear"),
    ("I'd love to, however I can't, but keep me in mind and maybe I could do it.", "unclear"),
    ("Yes, happy to! But keep me in mind.", "unclear"),
    ("Oui, n'hésitez pas à me recontacter.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), KEPT_IN_MIND)
def test_a_wish_to_be_asked_again_closes_a_refusal(text: str, answer: str) -> None:
    assert classify_text(text) == answer
