"""A yes, a contrast, the writer's own absence after it and an apology ("Aw would love
to but I'm out on mat leave til March. sorry!!") is a refusal; the absence alone puts
the yes off and stays unclear ("Happy to, but I'm on leave until March")."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.message import parse_message
from agent.understanding.replies import classify_reply, read_answer

HELD = Path(__file__).parents[2] / "data" / "replies_heldout"


@pytest.mark.parametrize(
    "text",
    [
        "Aw would love to but I'm out on mat leave til March. sorry!!",
        "Happy to, but I'm on leave until March, sorry!",
        "I'd love to, but I'm away until the end of the month. So sorry.",
        "Avec plaisir, mais je suis en congé maternité jusqu'en mars. Désolée !",
        "Me encantaría, pero estoy de baja hasta marzo. ¡Lo siento!",
        "Gerne, aber ich bin bis März in Elternzeit. Tut mir leid!",
        "Adoraria, mas estou de licença até março. Desculpa!",
        "Ningependa, lakini niko likizo hadi Machi. Samahani!",
    ],
)
def test_an_apologised_absence_after_a_yes_refuses(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Happy to, but I'm on leave until March.",
        "Avec plaisir, mais je suis en congé jusqu'en mars.",
        "Me encantaría, pero estoy de baja hasta marzo.",
        "Gerne, aber ich bin bis März in Elternzeit.",
        "Adoraria, mas estou de licença até março.",
        "Ningependa, lakini niko likizo hadi Machi.",
        "Happy to, but she's away until March. Sorry!",
        "Happy to, but I'm on leave until March. Sorry! Happy to connect in April though.",
        "Happy to, but I'm on leave until March, sorry - can we talk in April?",
    ],
)
def test_an_absence_without_apology_or_with_more_stays_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


def test_after_a_plain_yes_the_other_meeting_still_counts() -> None:
    assert read_answer("Yes, but I'm away next week, sorry, so let's meet after.")[0] == "yes"


def test_leave_wording_with_an_apologised_refusal_is_a_persons_no() -> None:
    raw = (HELD / "b30_en_gmail_android_love_to_but_leave.eml").read_bytes()
    for text, answer in [
        (b"I'd love to, but I'm on parental leave until March. Sorry!", "no"),
        (b"I'd love to, but I'm on parental leave until March.", "auto_reply"),
        (
            b"Thank you for your email. Unfortunately I'm on parental leave until March."
            b" Sorry for any inconvenience.",
            "auto_reply",
        ),
    ]:
        mail = raw.replace(b"Aw would love to but I'm out on mat leave til March. sorry!!", text)
        assert classify_reply(parse_message(mail)).answer == answer
