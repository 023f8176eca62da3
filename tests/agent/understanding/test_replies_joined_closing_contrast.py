"""A contrast closing its clause right before a comma and a joined wish, after a
refusal ("I'd love to but I can't. Thanks for asking though, and all the best with the
tournament"): the wish answers nothing, so the contrast turns nothing and the refusal
stands. With no refusal before it, or with anything that answers, doubts or asks after
it, the contrast turns as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

JOINED_CLOSINGS = [
    (
        "I'd love to but I can't this autumn, I'm already booked for the league. Thanks"
        " for asking though, and all the best with the tournament.",
        "no",
    ),
    ("Would love to but can't make it. Cheers though, and good luck!", "no"),
    ("J'aimerais bien mais je ne peux pas. Merci quand même, et bonne chance.", "no"),
    ("Me encantaría pero no puedo. Gracias de todos modos, y mucha suerte.", "no"),
    ("Adoraria, mas não posso. Obrigado mesmo assim, e boa sorte.", "no"),
    ("Ningependa lakini siwezi. Asante hata hivyo, na kila la heri.", "no"),
    # Near misses: no refusal before the contrast, or something after it that doubts or
    # asks, leave the reply as it was.
    ("Yes happy to. I'm travelling though, and home in June.", "unclear"),
    ("I'd love to but I can't. Thanks though, and I'm not sure anyway.", "unclear"),
    ("I'd love to but I can't. Thanks though, and maybe next year?", "unclear"),
    ("I'd love to but I can't. I'm free in May though, and happy to chat then.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), JOINED_CLOSINGS)
def test_a_contrast_before_a_joined_wish_turns_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
