"""A news question with "yet" before whom or what it is about ("Any word yet from Tunde's
side on the festival intro?", "Any news yet on my intro to Sam?") asks how an intro
stands, as the question without it does; beside a later ask for an intro it is none."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command


@pytest.mark.parametrize(
    "text",
    [
        "Any word yet from Tunde Akinola's side on the festival intro?",
        "Any word yet on the festival intro?",
        "Any news yet on my intro to Sam?",
        "Any reply yet from Maya?",
    ],
)
def test_news_question_with_yet_is_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"


def test_news_question_with_yet_beside_a_new_ask_is_none() -> None:
    text = "Any word yet from Tunde? Also, could you introduce me to Carol Smith?"
    assert detect_command("", text, in_reply_to=False) is None
