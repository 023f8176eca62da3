"""Indifference to a detail, the yes said again after it, leaves the yes standing.

"Encantado, adelante. ... La verdad me da lo mismo, no es nada personal y el mercado es
chico: sigue siendo sí", "Sim, pode. Pra mim tanto faz, continua sendo sim": "me da lo
mismo" and "tanto faz" (I don't mind) are about what the writer was told, and the yes
said again ("sigue siendo sí", "it's still a yes", "c'est toujours oui", "es bleibt bei
ja", "continua sendo sim", "bado ni ndiyo") answers. Indifference alone, or with a doubt
or a negation before the yes said again, still doubts.
"""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

ASKED = "Felipe Vergara"


@pytest.mark.parametrize(
    "text",
    [
        "Encantado, adelante.\n\nEdit: la Francisca me recordó que el señor Vergara es de "
        "la corredora que nos quitó la cuenta. La verdad me da lo mismo, no es nada "
        "personal y el mercado es chico: sigue siendo sí, no hay problema.",
        "Sim, pode. Pra mim tanto faz, continua sendo sim.",
        "Sure, go ahead. Honestly I don't mind, it's still a yes.",
        "Oui, vas-y. Franchement ça m'est égal, c'est toujours oui.",
        "Ja, gerne. Ehrlich gesagt ist mir das egal, es bleibt bei ja.",
        "Ndiyo, sawa. Bado ni ndiyo.",
    ],
)
def test_indifference_with_the_yes_said_again_is_yes(text: str) -> None:
    assert read_answer(text, frozenset(), ASKED)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Me da lo mismo.",
        "Encantado, adelante. Me da lo mismo.",
        "Encantado, adelante. Me da lo mismo: no sé.",
        "Me da lo mismo, sigue siendo sí.",
        "Encantado. Me da lo mismo, no sé, sigue siendo sí.",
        "Encantado. Me da lo mismo, no sigue siendo sí.",
        "Sim, pode. Pra mim tanto faz.",
    ],
)
def test_indifference_alone_or_with_doubt_still_doubts(text: str) -> None:
    assert read_answer(text, frozenset(), ASKED)[0] == "unclear"
