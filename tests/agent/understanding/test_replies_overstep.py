"""Not wanting to overstep a colleague ('I don't want to step on her toes', 'je ne veux pas
marcher sur ses plates-bandes', 'no quiero pisarle el terreno', 'ich will ihr nicht auf die
Füße treten', 'não quero pisar no calo dela', 'sitaki kuingilia') is a hedge, not a
refusal of the introduction: its 'I don't want' refuses nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OVERSTEPPING = [
    (
        "Probably yes, but let me check with Anna first - she owns partnerships and I don't "
        "want to step on her toes. Will revert by Friday.",
        "unclear",
    ),
    ("Sure, but I wouldn't want to overstep with Dana.", "unclear"),
    (
        "Sans doute oui, mais je dois en parler à Anne, je ne veux pas marcher sur ses "
        "plates-bandes.",
        "unclear",
    ),
    ("Probablemente sí, pero lo consulto con Ana, no quiero pisarle el terreno.", "unclear"),
    (
        "Wahrscheinlich ja, aber ich spreche erst mit Anna, ich will ihr nicht auf die Füße "
        "treten.",
        "unclear",
    ),
    ("Provavelmente sim, mas vou falar com a Ana antes, não quero pisar no calo dela.", "unclear"),
    ("Pengine ndiyo, lakini nitaongea na Anna kwanza, sitaki kuingilia kazi yake.", "unclear"),
    # A hedge, never a yes: beside a yes it still doubts.
    ("Happy to. I don't want to step on her toes though.", "unclear"),
    ("Gerne. Ich will ihr aber nicht auf die Füße treten.", "unclear"),
    # Near misses: a refusal beside it, or 'I don't want' alone, still refuses.
    ("I don't want to step on her toes, so I'll pass.", "no"),
    ("No, I don't want to step on her toes.", "no"),
    ("I don't want to.", "no"),
    ("Je ne veux pas.", "no"),
    ("No quiero.", "no"),
    ("Ich will nicht.", "no"),
    ("Não quero.", "no"),
    ("Sitaki.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), OVERSTEPPING)
def test_not_wanting_to_overstep_is_a_hedge(text: str, answer: str) -> None:
    assert classify_text(text) == answer
