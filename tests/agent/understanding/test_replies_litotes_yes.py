"""Not being against it, said as the answer, is a yes ("Ich bin nicht abgeneigt", "I'm
not averse", "Je ne suis pas contre", "No me opongo", "Não sou contra", "Sipingi");
with a turn, a condition or a question beside it, it stays unclear or refuses as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Ich bin nicht abgeneigt.",
        "Na gut, ich wäre nicht abgeneigt 🙂",
        "Durchaus nicht abgeneigt, stell uns gern vor.",
        "Honestly, I'm not averse.",
        "I wouldn't be averse to a chat with him.",
        "I'm not opposed, go ahead.",
        "Je ne suis pas contre.",
        "Franchement, je serais pas contre !",
        "No me opongo, adelante.",
        "La verdad, no estoy en contra.",
        "Não sou contra, pode apresentar.",
        "Não me oponho.",
        "Sipingi, endelea.",
    ],
)
def test_not_being_against_it_says_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich wäre nicht abgeneigt, aber erst nach Ostern.", "unclear"),
        ("Grundsätzlich nicht abgeneigt, wenn es zeitlich passt.", "unclear"),
        ("Nicht abgeneigt?", "unclear"),
        ("Ehrlich gesagt bin ich eher abgeneigt.", "unclear"),
        ("Not averse, but not this month.", "no"),
        ("Je ne suis pas contre le principe, mais je ne peux pas en ce moment.", "no"),
        ("Je suis contre.", "unclear"),
        ("Me opongo.", "unclear"),
        ("Sou contra.", "unclear"),
    ],
)
def test_not_being_against_it_with_more_reads_as_before(text: str, expected: str) -> None:
    assert read_answer(text)[0] == expected
