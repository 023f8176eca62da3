"""Knowing a place or an event ("Das Festival kenne ich", "Conheço a galeria da Matilde
de nome", "I already know the festival") is knowing no person: beside a yes it doubts
nothing, while knowing someone of it ("the festival director") or someone ("Ich kenne
sie schon") still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "ja, gerne! Das Festival kenne ich, da hab ich vor Jahren mal im Publikum gesessen.",
        "Com todo o gosto! Conheço a galeria da Matilde de nome e adorava participar. Pode"
        " avançar com a apresentação.",
        "Yes, happy to. I already know the festival, I played there years ago.",
        "Oui, avec plaisir. Je connais déjà le festival, j'y ai joué il y a des années.",
        "Sí, encantada. Ya conozco el festival, toqué allí hace años.",
        "Ndiyo, niunganishe. Nakumbuka tamasha hilo, nilicheza pale.",
    ],
)
def test_a_place_known_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. I already know the festival director.",
        "Ja, gerne. Ich kenne sie schon.",
        "Com todo o gosto. Conheço o Rui.",
    ],
)
def test_someone_known_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"
