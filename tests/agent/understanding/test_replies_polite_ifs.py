"""An "if that's all right with you" closing a yes ("si le parece bien", "si c'est ok
pour vous", "wenn das okay ist", "se estiver tudo bem", "kama ni sawa kwako") is
politeness, read as nothing, as the English "if that's ok" is; a condition with a
matter of its own still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

POLITE_IFS = [
    ("Sí claro, encantada. Mejor a partir del lunes que viene, si le parece bien.", "yes"),
    ("Sí, si te parece bien.", "yes"),
    ("Oui, avec plaisir, si c'est ok pour vous.", "yes"),
    ("Ja, gerne, wenn das okay ist.", "yes"),
    ("Sim, pode apresentar, se estiver tudo bem.", "yes"),
    ("Ndiyo, nitafurahi, kama ni sawa kwako.", "yes"),
    ("Yes, happy to meet him, if that's okay with you.", "yes"),
    # A condition on a matter of its own still doubts.
    ("Sí, si el presupuesto está bien.", "unclear"),
    ("Yes, if the budget is ok.", "unclear"),
]


@pytest.mark.parametrize(("text", "expected"), POLITE_IFS)
def test_polite_if_is_no_condition(text: str, expected: str) -> None:
    assert classify_text(text) == expected
