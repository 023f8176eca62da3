"""A bare "don't do it" in French, German and Swahili ("Ne le faites pas.", "Tun Sie es
nicht.", "Usifanye hivyo.", "Usinitambulishe.") refuses; written under a yes, even below
the signature and a phone's footer, it leaves the yes unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_reply, read_answer
from tests.agent.understanding.shared_inputs import QUOTED_QUESTION, reply_to_question


@pytest.mark.parametrize(
    "text",
    [
        "Ne le faites pas.",
        "Tun Sie es nicht.",
        "Mach es nicht.",
        "Usifanye hivyo.",
        # Swahili says "don't" in the verb ("usi-", "msi-"): those of the intro are negators.
        "Usinitambulishe.",
        "Msinitambulishe, asanteni.",
    ],
)
def test_a_bare_dont_refuses(text: str) -> None:
    assert read_answer(text)[0] == "no"


def test_a_dont_below_the_phone_footer_takes_the_yes_back() -> None:
    body = "Ja, gerne.\n\nNic\nVon meinem iPhone gesendet\n\nPS: Tun Sie es nicht."
    assert classify_reply(reply_to_question(body + QUOTED_QUESTION)).answer == "unclear"
