"""A yes that answers something else than the introduction: being asked ("Sure, ask
away.", "Oui, tu peux toujours me demander.", "Ja, frag ruhig.", "Ndiyo, uliza tu."), the
question itself ("Yes, good question.", "Sí, buena pregunta.", "Sim, boa pergunta.") or
who the other is ("Yes, that's her.", "Oui, c'est bien lui.", "Ja, das ist sie.",
"Ndiyo, ndiye.") has not consented to the introduction: it is unclear. A yes to the
introduction beside it still agrees: "good question" and "thanks for letting me know" are
another matter (other_matters), so a bare yes beside them confirms that matter, while
"happy to connect" or "introduce us" still agrees."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ANOTHER_ANSWER = [
    "Sure, ask away.",
    "Yes, feel free to ask me anything.",
    "Oui, vous pouvez toujours me demander.",
    "Sí, pregúntame lo que sea.",
    "Ja, fragen Sie ruhig.",
    "Sim, pode sempre perguntar.",
    "Ndiyo, uliza tu.",
    "Yes, good question.",
    "Oui, bonne question.",
    "Sí, buena pregunta.",
    "Ja, gute Frage.",
    "Sim, boa pergunta.",
    "Ndiyo, swali zuri.",
    "Yes, that's him.",
    "Oui, c'est bien lui.",
    "Sí, es él.",
    "Ja, das ist er.",
    "Sim, é ele.",
    "Ndiyo, ndiye.",
]

STILL_YES = [
    "Yes, please introduce us.",
    "Oui, présente-nous.",
    "Ja, stell uns gerne vor.",
    # The question praised or a thanks for being told, beside a yes of its own.
    "Good question! Yes, introduce us.",
    "Yes, thanks for letting me know, happy to connect.",
    "Sí, gracias por avisar, encantada de conocerla.",
]


@pytest.mark.parametrize("text", ANOTHER_ANSWER)
def test_a_yes_to_another_question_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize("text", STILL_YES)
def test_a_yes_to_the_introduction_still_agrees(text: str) -> None:
    assert classify_text(text) == "yes"
