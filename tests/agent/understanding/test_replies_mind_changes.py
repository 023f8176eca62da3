"""A yes the writer says they may take back ("Yes. I may change my mind.") is no clear
yes: the reply is unclear, in the six languages."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

MAY_CHANGE = [
    "Yes. I may change my mind.",
    "Sure, happy to. Might change my mind though.",
    "Oui. Je pourrais changer d'avis.",
    "Sí, adelante. Puede que cambie de opinión.",
    "Ja, gern. Ich könnte es mir anders überlegen.",
    "Sim. Posso mudar de ideia.",
    "Ndiyo. Naweza kubadili mawazo.",
]


@pytest.mark.parametrize("text", MAY_CHANGE)
def test_a_yes_the_writer_may_take_back_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize("text", ["Yes, happy to.", "Sim, pode apresentar."])
def test_the_plain_yes_stays(text: str) -> None:
    assert classify_text(text) == "yes"
