"""A habit of never refusing someone ("Nadia knows I never say no to one of her
referrals", "je ne dis jamais non à ses recommandations") is neither a refusal nor a
condition, in every language: beside a yes it leaves the yes standing, and alone it
answers nothing. A refusal beside it still refuses."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

BESIDE_YES = [
    "No problem, go ahead. Nadia knows I never say no to one of her referrals.",
    "Pas de souci, allez-y. Nadia sait que je ne dis jamais non à ses recommandations.",
    "Sin problema, adelante. Nadia sabe que nunca le digo que no a sus recomendaciones.",
    "Kein Problem, legen Sie los. Nadia weiß, dass ich zu ihren Empfehlungen nie nein sage.",
    "Sem problema, pode avançar. A Nadia sabe que nunca digo não a uma recomendação dela.",
    "Hakuna shida, endelea. Nadia anajua kamwe sisemi hapana kwa mapendekezo yake.",
]


@pytest.mark.parametrize("text", BESIDE_YES)
def test_never_refusing_someone_leaves_the_yes_standing(text: str) -> None:
    assert classify_text(text) == "yes"


NOT_YES = [
    # Alone it answers nothing.
    ("I never say no to one of Nadia's referrals.", "unclear"),
    # A refusal beside it still refuses.
    ("I never say no to a good coffee, but I'm not taking new clients.", "no"),
    ("I never say no to Nadia. But this time I have to decline.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_YES)
def test_a_refusal_beside_it_still_refuses(text: str, answer: str) -> None:
    assert classify_text(text) == answer
