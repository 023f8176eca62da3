"""A filler inside the writer's availability says how free, never that the writer is
not: the "pas" of "je suis pas mal libre" ("quite free") negates nothing, as "I'm pretty
free" holds no negation (reply_reach._filled_availability). "Je suis pas libre" and "je
suis pas mal occupé" still negate."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Pas de problème, go! Tu peux lui donner mon courriel, je suis pas mal libre à "
        "partir de janvier.",
        "Pas de problème, go! Je suis pas mal libre à partir de janvier.",
        "Oui, ok. Je suis pas mal dispo le soir.",
        "Yes, happy to. You can give him my email, I'm pretty free from January.",
        "Sí, sin problema. Puedes darle mi correo, estoy bastante libre a partir de enero.",
        "Ja, gerne. Ich bin ab Januar ziemlich frei.",
    ],
)
def test_a_filler_inside_the_availability_leaves_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Pas de problème. Je suis pas libre avant janvier.",
        "Pas de problème. Je suis pas mal occupé jusqu'en janvier.",
        "Oui. Je suis pas mal libre, mais pas avant janvier.",
    ],
)
def test_a_negation_outside_the_filler_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
