"""Free time said by a double negation ("Nothing on my plate that can't wait a week",
"rien qui ne puisse attendre", "nada que no pueda esperar", "nichts, was nicht warten
kann", "nada que não possa esperar", "hakuna kitu kisichoweza kusubiri") is a
reassurance, read whole as a neutral phrase: beside a yes it leaves the yes standing.
A "nothing" that refuses or doubts ("Nothing for me, thanks", "Nothing doing this month
though") is read as before, and so is a refusal or a condition beside the reassurance."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

FREE = [
    "No problem at all, go ahead. Nothing on my plate that can't wait a week.",
    "Sure, please introduce us. Nothing on my plate that can't wait.",
    "Happy to. There's nothing I can't move this week.",
    "Oui, allez-y. Je n'ai rien qui ne puisse attendre une semaine.",
    "Oui, avec plaisir. Rien d'urgent de mon côté.",
    "Sí, adelante. No tengo nada que no pueda esperar una semana.",
    "Ja, gerne. Ich habe nichts, was nicht warten kann.",
    "Ja, gern. Nichts Dringendes diese Woche.",
    "Sim, pode apresentar. Não tenho nada que não possa esperar uma semana.",
    "Sawa, nitambulishe. Sina jambo la haraka wiki hii.",
    "Sawa, nitambulishe. Hakuna kitu kisichoweza kusubiri.",
]


@pytest.mark.parametrize("text", FREE)
def test_nothing_that_cannot_wait_beside_a_yes_is_yes(text: str) -> None:
    assert classify_text(text) == "yes"


NOT_YES = [
    "Nothing for me, thanks.",
    "No problem, go ahead. Nothing personal, but I'd rather not meet.",
    "Yes. Nothing on my plate that can't wait, but I'm not interested.",
    "Sure. Nothing doing this month though.",
    "Thanks. Nothing to add.",
    "Nothing on my plate that can't wait, but no thanks.",
    "Sure, nothing that can't wait, but only after I've checked with my boss.",
    "Nothing on my plate that can't wait.",
    "Rien pour moi, merci.",
    "Rien d'urgent.",
    "Oui, mais rien avant mars.",
    "Oui. Rien ne me dit que ce soit utile.",
    "Sí. No quiero nada con él.",
    "Nichts für mich, danke.",
    "Nada para mim, obrigado.",
    "Sawa. Hakuna kitu ninachohitaji.",
]


@pytest.mark.parametrize("text", NOT_YES)
def test_a_nothing_that_refuses_or_doubts_is_no_yes(text: str) -> None:
    assert classify_text(text) in ("unclear", "no")
