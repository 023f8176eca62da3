"""The other's not minding the writer's modest ways ("Yes, if he doesn't mind talking to a
pensioner with a very slow broadband connection", "Oui, si ça ne le dérange pas de parler
à un vieux retraité") is modesty, no condition on the yes; the reader's not minding that
closes its clause ("Please pass on my email, if you don't mind.") is a courtesy. Not
minding anything else ("if he doesn't mind paying my fee"), a reader's courtesy going on
in its clause ("Yes, if you don't mind waiting until March") and a bare "Yes, if he
doesn't mind." still doubt the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

YES = [
    "Yes, if he doesn't mind talking to a pensioner with a very slow broadband connection.",
    "Yes, if he doesn't mind that I am retired.",
    "Yes, if you don't mind me being slow to reply.",
    "Oui, si ça ne le dérange pas de parler à un vieux retraité.",
    "Sí, si no le importa hablar con una jubilada.",
    "Ja, wenn es ihn nicht stört, mit einem Rentner zu sprechen.",
    "Sim, se ele não se importar de falar com um aposentado.",
    "Ndiyo, kama hajali kuongea na mstaafu.",
    # A courtesy to the reader that closes its clause.
    "Yes, if you don't mind.",
]


@pytest.mark.parametrize("text", YES)
def test_not_minding_the_writers_modest_ways_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


UNCLEAR = [
    "Yes, if he doesn't mind.",
    "Yes, if you don't mind waiting until March.",
    "Yes, if you don't mind waiting till March.",
    "Yes, if he doesn't mind meeting in Leeds.",
    "Yes, if he doesn't mind paying my fee.",
    "Sure, if he doesn't mind a pensioner and a fee.",
    "Yes, if he doesn't mind, I am old and not free before May.",
    "Yes, if he doesn't mind talking to a pensioner?",
    "Oui, si ça ne le dérange pas d'attendre mars.",
    "Sí, si no le importa esperar hasta marzo.",
    "Ja, wenn es ihn nicht stört, aber erst im Mai.",
    "Sim, se ele não se importar de esperar até março.",
    "Ndiyo, kama hajali.",
]


@pytest.mark.parametrize("text", UNCLEAR)
def test_not_minding_anything_else_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"


def test_a_closing_courtesy_keeps_a_refusal() -> None:
    assert classify_text("No thanks, if you don't mind.") == "no"
