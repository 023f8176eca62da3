"""Someone passing the question on and asking that nothing be done meanwhile ("I'll put
this to her and get back to you with her answer. Please don't connect anyone in the
meantime.") refuses nothing: no answer yet, unclear. A hold with nothing passed on, or a
refusal with no hold, still refuses."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "I manage his diary. I'll put this to him tonight and get back to you with his "
        "answer. Please don't connect anyone in the meantime.",
        "I need to check with my director first. Please don't pass anything on for now.",
        "Se lo comento a mi socia mañana y te digo algo. Por ahora no hagas nada, porfa.",
        "Vou falar com ela amanhã. Por enquanto não façam nada, por favor.",
    ],
)
def test_a_hold_while_an_answer_is_awaited_is_unclear(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "unclear"
    assert any(e.startswith("held-for-answer:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Please don't connect anyone in the meantime.",
        "Let me ask her. Actually, no.",
        "I'll let you know. Not for now, thanks.",
        "I asked her: not for now, sorry.",
        "I had to check with my wife. Sorry, not for now.",
        "Tuve que consultarlo con mi socia. Lo siento, de momento no.",
    ],
)
def test_a_refusal_without_both_still_refuses(text: str) -> None:
    assert read_answer(text)[0] == "no"
