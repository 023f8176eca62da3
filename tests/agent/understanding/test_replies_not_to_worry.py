"""After a yes, the other told not to worry about a slow answer ("qu'elle ne s'inquiète
pas", "ne vous inquiétez pas", as "don't worry", "no se preocupe", "keine Sorge", "não se
preocupe", "usijali" already are) is a reassurance: its negation refuses nothing. A
refusal beside it still refuses, and alone it answers nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "Oui, avec plaisir ! Je suis en tournée toute la semaine, donc je risque d'être lent "
        "à répondre - qu'il ne s'inquiète pas.",
        "yes",
    ),
    ("Volontiers. Je risque d'être lente à répondre, qu'elle ne s'inquiète pas.", "yes"),
    # Near-misses: a refusal beside the reassurance, or the reassurance alone.
    ("Ne vous inquiétez pas, je passe mon tour.", "no"),
    ("Non merci, ne vous inquiétez pas.", "no"),
    ("Ne vous inquiétez pas.", "unclear"),
    ("Oui, mais je ne suis pas sûr, qu'il ne s'inquiète pas.", "unclear"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_not_to_worry(text: str, expected: str) -> None:
    assert classify_text(text) == expected
