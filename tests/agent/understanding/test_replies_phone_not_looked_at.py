"""The writer not looking at the phone while busy ("I don't look at my phone", "je ne
regarde pas mon téléphone", "no miro el móvil", "ich schaue nicht aufs Handy", "não
olho o celular", "siangalii simu") is an aside on how to reach them, read whole: its
negation doubts no yes. A refusal or a condition beside it still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "Yes, go ahead. Best to call me in the mornings, then I'm on court all day and I"
        " don't look at my phone.",
        "Oui, allez-y. Appelez-moi le matin, ensuite je suis sur le court toute la journée"
        " et je ne regarde pas mon téléphone.",
        "Vale, adelante. Eso sí, mejor que me llame por las mañanas, luego estoy en pista"
        " todo el día y no miro el móvil.",
        "Ja, gerne. Am besten vormittags anrufen, danach bin ich den ganzen Tag in der Halle"
        " und ich schaue nicht aufs Handy.",
        "Sim, pode avançar. Melhor me ligar de manhã, depois fico na quadra o dia todo e não"
        " olho o celular.",
        "Ndiyo, niunganishe. Nipigie asubuhi, mchana niko uwanjani na siangalii simu.",
    ],
)
def test_phone_not_looked_at_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("No, gracias. No miro el móvil.", "no"),
        ("I don't look at my phone. No thanks.", "no"),
        ("Yes, if she can wait. I don't look at my phone.", "unclear"),
    ],
)
def test_what_else_is_said_still_counts(text: str, answer: str) -> None:
    assert classify_text(text) == answer
