"""The other welcomed on a visit after a yes ("And if he's ever in town, he's very
welcome", "Na kama atakuja Mombasa mwenyewe, karibu sana") is an invitation beside the
consent, no condition on it; an "if" on the yes itself, a condition beside the visit or a
negated welcome still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

WELCOMED = [
    "Yes, happy to. And if he's ever in town, he's very welcome.",
    "Oui, avec plaisir. Et s'il passe par Lyon, il est le bienvenu.",
    "Sí, encantada. Y si viene a Sevilla, bienvenido.",
    "Ja, gerne. Und wenn er mal in der Gegend ist, herzlich willkommen.",
    "Sim, com gosto. E se vier a Recife, será bem-vindo.",
    "Ndiyo, niunganishe naye bila wasiwasi.\n\n"
    "Na kama atakuja Mombasa mwenyewe, karibu sana, vijana watafurahi kumwona.",
]


@pytest.mark.parametrize("text", WELCOMED)
def test_a_welcomed_visit_is_no_condition(text: str) -> None:
    assert classify_text(text) == "yes"


DOUBTED = [
    # The "if" in the yes's own sentence conditions it.
    "Ndiyo, kama atakuja Mombasa.",
    "Yes if he's ever in town, he's welcome.",
    # More than a visit in the condition, or no welcome after it.
    "Yes, happy to. If he's in town and serious, he's welcome.",
    "Ndiyo. Kama atakuja Mombasa, tutaona.",
    # A welcome negated.
    "Yes, happy to. If he comes by, he's not welcome.",
]


@pytest.mark.parametrize("text", DOUBTED)
def test_a_condition_beside_the_visit_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"
