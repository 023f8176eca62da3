"""A time of the week excepted in a note on reaching the writer, and the writer's own
negated clause telling why ("every day except Friday, that is our funeral day so we don't
go to farm"), is part of the note: the yes before it stands. A negated clause of someone
else, or one about a meeting, a wish, the introduction, a channel or passing details on,
still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I agree. Let Mr Asante-Darko come and see me. Tell him I am at the farm at"
        " Bepoase every day except Friday, that is our funeral day so we don't go to farm.",
        "Yes. I'm in the office every day except Friday, we are not open then.",
        "Sí, de acuerdo. Dile que estoy en la finca todos los días excepto el viernes, es día"
        " de funerales y nosotros no vamos al campo.",
        "Ja, einverstanden. Sag ihm, ich bin jeden Tag auf dem Hof außer freitags, das ist"
        " unser Trauertag, da gehen wir nicht aufs Feld.",
        "Sim, concordo. Diga que estou na roça todo dia exceto sexta, é dia de enterro e a"
        " gente não vai à roça.",
        "Ndiyo, nakubali. Mwambie niko shambani kila siku isipokuwa Ijumaa, ni siku ya"
        " mazishi kwa hiyo hatuendi shambani.",
    ],
)
def test_the_writer_telling_why_a_day_is_excepted_keeps_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes, I agree. I am at the farm every day except Friday, he shouldn't call.", "unclear"),
        (
            "Yes, I agree. I am at the farm every day except Friday, so I don't want to meet him.",
            "no",
        ),
        ("Yes, I agree. I am at the farm every day except Friday, so we don't need to meet.", "no"),
        (
            "Yes, I agree. I am at the farm every day except Friday, I don't give out my number.",
            "unclear",
        ),
        ("Yes. I'm in the office every day except Friday, I'm not sure about this.", "unclear"),
        ("Yes. Every day except Friday we don't go to farm.", "unclear"),
        ("Yes. I'm at the farm every day except Friday. Not now though.", "no"),
    ],
)
def test_near_misses_keep_their_reading(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
