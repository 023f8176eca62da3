"""A refusal for the writer with a colleague pointed to after it: what is said of the
colleague ("might well be", "hätte vielleicht Interesse", "feel free to contact her")
is not the answer, and the refusal stands."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "This isn't something I'd be interested in personally, but my colleague Dana Ruiz"
        " runs our partnerships desk and might well be. Feel free to contact her directly.",
        "Für mich ist das leider nichts mehr, ich habe mich zurückgezogen. Meine Kollegin"
        " Frau Yilmaz macht das aber seit Jahren und hätte vielleicht Interesse.",
        "No thanks, but my colleague Ana might be interested - feel free to write to her.",
        "Merci, mais ce n'est pas pour moi. Ma collègue Claire serait peut-être intéressée.",
        "Gracias, pero no me interesa. Mi colega Ana quizá sí, puede escribirle.",
        "Obrigado, mas não tenho interesse. A minha colega Ana talvez tenha.",
        "Das ist nichts für mich.",
    ],
)
def test_the_colleagues_maybe_is_not_the_answer(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Not sure, my colleague might be better placed.", "unclear"),
        ("Not for me, but my colleague might be interested. Would that help?", "unclear"),
        ("Not for me, but my colleague might be. Actually, yes, go ahead with me.", "unclear"),
        ("Yes, happy to, and my colleague Mia would love to join.", "unclear"),
        ("I'd love to, and my colleague might join too.", "unclear"),
        ("Ist das nichts für mich?", "unclear"),
    ],
)
def test_near_misses_read_as_before(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
