"""A busy complaint of one word that is the participle of a verb of things after one of
the event_auxiliaries ("les négociations ont, comme souvent, débordé sur le week-end")
tells what overran, not the writer swamped: it refuses nothing. Being swamped ("je suis
débordé", "il a été débordé") is read as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OVERRAN = [
    (
        "Les négociations ont, comme souvent, débordé largement sur le week-end. Avec "
        "grand plaisir, faites les présentations.",
        "yes",
    ),
    ("La réunion a un peu débordé, désolé du retard. Oui, avec plaisir.", "yes"),
    ("Les travaux avaient débordé sur janvier. Volontiers, présentez-nous.", "yes"),
    # The writer, or someone, swamped.
    ("Je suis débordé en ce moment, désolé.", "no"),
    ("Oui, avec plaisir, mais je suis débordée.", "no"),
    ("J'ai été débordé. Non merci.", "no"),
    ("Il a été débordé. Oui avec plaisir.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), OVERRAN)
def test_what_overran_is_no_busy_complaint(text: str, answer: str) -> None:
    assert classify_text(text) == answer
