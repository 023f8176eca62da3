"""Where the writer works ("I'm in clinic", "je suis en consultation", "estoy en
consulta", "ich bin in der Praxis", "estou em consulta", "niko kliniki") is their
whereabouts, and "any time is fine" after them and a "but" says when they can be
reached: "Yes happy to be introduced. I'm in clinic until four most days but after that
any time is fine." is yes. A condition or doubt after the "but" still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REACHED = [
    "Yes happy to be introduced to Marta. I'm in clinic until four most days but after"
    " that any time is fine. Helen",
    "Yes, happy to. I'm in clinic until four most days but after that any time is fine.",
    "Oui, avec plaisir. Je suis en consultation jusqu'à 16 h, mais ensuite je suis libre.",
    "Sí, encantada. Estoy en consulta hasta las cuatro, pero después estoy libre.",
    "Ja, gerne. Ich bin bis vier in der Praxis, aber danach bin ich frei.",
    "Sim, claro. Estou em consulta até as quatro, mas depois estou livre.",
]


@pytest.mark.parametrize("text", REACHED)
def test_work_whereabouts_then_free_keep_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTING = [
    "Yes, happy to. I'm in clinic until four but any time is fine if he's not a rep.",
    "Yes, happy to. I'm in clinic until four but any time is fine after I've checked him out.",
    "Yes, happy to. I'm in clinic until four, but maybe after that.",
    "Yes happy to, I'm in clinic until four most days but after that any time is fine.",
    "Yes, but not before I've checked him out.",
]


@pytest.mark.parametrize("text", STILL_DOUBTING)
def test_a_condition_or_doubt_after_the_but_still_counts(text: str) -> None:
    assert classify_text(text) == "unclear"
