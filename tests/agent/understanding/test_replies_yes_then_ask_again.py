"""A yes followed by a wish to be asked again later ("Yes, ask me again after the funding
round closes", "Sí, vuelve a preguntarme cuando cierre la ronda", "Ndiyo, niulize tena
mwezi Machi", "Oui, redemande-moi après ...", "Ja, frag mich nochmal nach ...", "Sim,
pergunte-me de novo depois ...") puts the introduction off: unclear, never yes. After a
refusal the wish keeps the refusal, as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

PUT_OFF = [
    "Yes, ask me again after the funding round closes.",
    "Sure, ask me again when the audit is done.",
    "Yes - try me again once the harvest is in.",
    "Sí, vuelve a preguntarme cuando cierre la ronda.",
    "Sí, vuelve a preguntarme después del congreso.",
    "Ndiyo, niulize tena mwezi Machi.",
    "Ndiyo, niulize tena baada ya mavuno.",
    "Oui, redemande-moi après la levée de fonds.",
    "Ja, frag mich nochmal nach der Finanzierungsrunde.",
    "Sim, pergunte-me de novo depois da ronda.",
]


@pytest.mark.parametrize("text", PUT_OFF)
def test_a_yes_then_ask_me_again_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "No, but ask me again next year.",
        "I'll pass this time, but ask me again after the summer.",
        "No gracias, pero vuelve a preguntarme el año que viene.",
    ],
)
def test_after_a_refusal_the_wish_keeps_the_refusal(text: str) -> None:
    assert classify_text(text) == "no"
