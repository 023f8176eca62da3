"""A yes whose only agreement is to make the introduction oneself: the question
misread, no consent (reply_misread_yes)."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Sure, happy to introduce you to him.", ""),
        ("Sure. Happy to introduce you to Gavin.", "Gavin Moss"),
        ("Yes, I can put you in touch with her.", ""),
        ("Oui, avec plaisir, je peux vous le présenter.", ""),
        ("Claro, con gusto, puedo presentártelo.", ""),
        ("Ja, gerne, ich kann ihn Ihnen vorstellen.", ""),
        ("Sim, claro, posso te apresentar a ele.", ""),
        ("Ndiyo, nitafurahi kukutambulisha kwake.", ""),
    ],
)
def test_a_yes_to_making_the_introduction_is_unclear(text: str, asked: str) -> None:
    answer, evidence = read_answer(text, asked=asked)
    assert answer == "unclear"
    assert any(e.startswith("misread-yes:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to meet him. I can also introduce you to my team.",
        "Yes please, happy to be introduced to him.",
        "Sure, happy to connect you with my cofounder.",
        "Yes please - happy to be introduced to Priya.",
        "Oui, avec plaisir. Vous pouvez nous mettre en contact.",
    ],
)
def test_an_own_yes_beside_or_without_the_act_stands(text: str) -> None:
    assert read_answer(text)[0] == "yes"
