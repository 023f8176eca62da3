"""A guess about someone named with a title ("I'm sure Mr. Hartmann would be delighted",
"Estoy segura de que el Sr. Ortega estaría encantado") is a yes said of another, not the
writer's: the title's dot ends no clause, and the guess before the name is read however
many titles stand between. Beside wording a notice may use ("he isn't really checking
email") such a guess is a person's, answering for someone away: unclear, no notice."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text
from tests.agent.understanding.test_replies_hand_offs import _reply

GUESSED_TITLED = [
    "I'm sure Mr. Hartmann would be delighted.",
    "I'm sure Mr. Hartmann would be happy to.",
    "I am sure Dr. Brandt would be glad to meet her.",
    "Estoy segura de que el Sr. Ortega estaría encantado.",
    "Tenho certeza de que o Dr. Ribeiro adoraria.",
    "Je suis sûre que M. Delacroix serait ravi.",
    "Ich bin sicher, Dr. Brandt wäre froh.",
    "Nina uhakika Bwana Otieno atafurahi.",
]


@pytest.mark.parametrize("text", GUESSED_TITLED)
def test_a_guess_about_a_titled_name_says_no_yes(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Dear Mr. Hartmann, I would be delighted.",
        "Thanks Mr. Hale. Happy to.",
        "Yes, Mr. Hartmann asked me to say he would be happy to.",
    ],
)
def test_the_writers_yes_beside_a_titled_name_stands(text: str) -> None:
    assert classify_text(text) == "yes"


def test_a_guess_for_someone_away_beside_notice_wording_is_a_persons() -> None:
    body = (
        "Thanks for this! I'm sure Mr. Hartmann would be delighted - he's travelling "
        "until Thursday and isn't really checking email, so I'll put it in front of him "
        "when he's back."
    )
    assert _reply(body) == "unclear"
