"""A question asking to be asked again at a later time ("Could you ask me again after
the summer?", "Tu peux me redemander en janvier ?") puts the introduction off and asks
nothing back: beside a refusal the refusal stands, beside a yes it still doubts, and
alone it answers nothing. With no time, or with a condition, it still asks."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Could you ask me again after the summer? Not right now, sorry.",
        "I cannot. Could you ask me again in spring?",
        "I'll have to pass for now. Can you try me again in January?",
        "Pas en ce moment, désolé. Tu peux me redemander en janvier ?",
        "Pourriez-vous me recontacter à la rentrée ? Là, ce n'est pas possible.",
        "Ahora mismo no, lo siento. ¿Puedes volver a preguntarme en octubre?",
        "Im Moment leider nicht. Könnten Sie mich im Herbst nochmal fragen?",
        "Agora não dá, desculpa. Podes voltar a perguntar-me em outubro?",
        "Kwa sasa hapana, samahani. Unaweza kuniuliza tena mwezi Oktoba?",
    ],
)
def test_a_later_ask_again_leaves_the_refusal(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        # Beside a yes, the wait still doubts it.
        "Sure! Could you ask me again after the summer?",
        "Oui ! Tu peux me redemander en janvier ?",
        # Alone, nothing is answered.
        "Can you ask me again in October?",
        "¿Puedes volver a preguntarme en octubre?",
        # No time, or a condition: it still asks.
        "Not right now. Can you ask me again?",
        "Not right now. Can you ask me again if he is hiring?",
        "Can you tell me more about him in October?",
    ],
)
def test_an_ask_again_with_no_refusal_or_no_time_stays_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
