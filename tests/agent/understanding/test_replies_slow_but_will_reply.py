"""After a yes, a note that the writer may be slow to reply to the other goes on through
a turn to the reply itself ("I might be a bit slow to reply but I'll get back to her"),
and through the one asked about named where a pronoun would stand ("I may be slow to
answer Lena until Friday"). A condition, a decision put off or a reply promised to the
asker after the turn still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

ASKED = "Lena Brandt"


@pytest.mark.parametrize(
    "text",
    [
        "Sure thing. Heads up, I have exams until the 20th so I might be a bit slow to reply "
        "but I'll get back to her.",
        "Sure thing. I have exams until the 20th so I might be a bit slow to reply but I'll "
        "still get back to her.",
        "Happy to. I'm away so I may be slow to answer Lena until Friday.",
        "Happy to. I may be slow to answer her until Friday.",
        "Sim, pode avançar. Talvez demore a responder a ela até sexta.",
        "Ndiyo. Huenda nikachelewa kumjibu hadi Ijumaa.",
    ],
)
def test_a_slow_reply_note_beside_a_yes_is_yes(text: str) -> None:
    assert read_answer(text, asked=ASKED)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Sure thing. I have exams until the 20th so I might be a bit slow to reply but I'll "
        "get back to her if I have time.",
        "Sure thing. I have exams until the 20th so I might be a bit slow to reply but I'll "
        "decide after that.",
        "Sure. I might be slow to reply but I'll get back to you.",
        "Sure. I might be slow to reply but maybe I'll get back to her.",
        "Happy to. I'm away so I may be slow to answer Lena until Friday, if she is still keen.",
        "Happy to. I may be slow to answer Lena until I know more.",
        "Yes. I may be slow to answer you until Friday.",
    ],
)
def test_a_doubt_after_the_note_still_counts(text: str) -> None:
    assert read_answer(text, asked=ASKED)[0] != "yes"


@pytest.mark.parametrize(
    "text",
    [
        # "slow to answer" until a time as "slow to reply": a note on the writer's own
        # replying.
        "yes thats fine, happy to try the app. boarding now so might be slow to answer til tonight",
        "Yes, happy to. Boarding now so I may be slow to answer until tonight.",
        "Sure, glad to help. I might be a bit slow answering until Monday.",
    ],
)
def test_slow_to_answer_beside_a_yes_is_yes(text: str) -> None:
    assert read_answer(text, asked=ASKED)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "I might be slow to answer.",
        "Maybe. I might be slow to answer.",
        "Sure, but I might be slow to answer her.",
        # Answering "you" until a time puts the answer to the asker off, as before.
        "Yes. I might be slow to answer you until tonight.",
        "Sure. I may be slow answering this.",
    ],
)
def test_slow_to_answer_alone_or_after_a_doubt_is_no_yes(text: str) -> None:
    assert read_answer(text, asked=ASKED)[0] != "yes"
