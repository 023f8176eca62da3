"""A caveat that the outcome is not pre-judged ("I can't pre-judge any application",
"je ne peux pas préjuger du résultat", "no puedo prejuzgar el resultado", "ich kann
nichts vorwegnehmen", "não posso antecipar o resultado") is an aside, as "I can't
promise anything" is: after a yes it limits what the writer can do, not the
introduction. A refusal beside it still refuses or doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

CAVEATS = [
    "No problem at all, go ahead.\n\nWorth saying I can only give general advice on process,"
    " I can't pre-judge any application - but happy to point Daniel to the right people.",
    "Oui, allez-y. Je ne peux pas préjuger du résultat.",
    "Sí, adelante. No puedo prejuzgar el resultado.",
    "Ja, gerne. Ich kann nichts vorwegnehmen.",
    "Sim, pode avançar. Não posso antecipar o resultado.",
]


@pytest.mark.parametrize("text", CAVEATS)
def test_an_outcome_not_prejudged_leaves_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


def test_a_refusal_beside_it_still_refuses() -> None:
    assert read_answer("I can't pre-judge any application, so I'd rather not.")[0] == "no"


def test_an_inability_beside_it_still_doubts() -> None:
    text = "Go ahead. I can't pre-judge any application, and I can't meet him either."
    assert read_answer(text)[0] == "unclear"
