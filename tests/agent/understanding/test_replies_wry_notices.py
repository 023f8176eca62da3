"""A notice on the writer's replying ("fair warning", "heads up") that closes on a wry
emoji ("... so replies might come from airport lounges at 4am 🙃") smiles at the
writer's own life and stays a note on reaching them. The same emoji in a note that is
no notice, or before the note's end, may mock and still ends the note."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

WRY = [
    "yeah sure, happy to chat with her! fair warning i'm away til the 3rd so replies might"
    " come from airports at 4am 🙃",
    "Sure, glad to. Heads up: I'm on the road, replies might come at 4am 🙃",
    "Oui, avec plaisir ! Pour info je suis en tournée jusqu'au 3, je risque de répondre à 4h"
    " du matin 🙃",
    "Ja, gerne! Zur Info: ich bin auf Tour, per Mail antworte ich meist erst um 4 Uhr nachts 🙃",
]


@pytest.mark.parametrize("text", WRY)
def test_a_wry_notice_on_replying_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTING = [
    "yeah sure. i'm away til the 3rd so replies might come from airports at 4am 🙃",
    "Sure. Fair warning 🙃 replies might come at 4am, if at all.",
    "Sure, why not. Heads up, replies might come at 4am 🙃 It's not like I have anything"
    " else to do.",
    "Sure, why not. Fair warning: it's not like I read email 🙃",
]


@pytest.mark.parametrize("text", STILL_DOUBTING)
def test_the_emoji_outside_a_notice_still_ends_the_note(text: str) -> None:
    assert classify_text(text) != "yes"
