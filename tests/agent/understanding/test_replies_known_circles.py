"""Knowing a circle of people ("Conheço bem o pessoal de Alvalade", "Yes I know the folks
at the club well", "je connais bien les gens du club", "conozco bien a la gente del
club", "Ich kenne die Leute vom Verein gut"), its object with only fillers before it,
is knowing a field, not the one asked about already: beside a yes it doubts nothing.
Knowing a person ("I know him well", "Conheço bem o Rui", "Ich kenne sie aus der
Branche") still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CIRCLES = [
    "Com todo o gosto, pode avançar com a apresentação. Conheço bem o pessoal de Alvalade,"
    " o meu pai foi lá sócio durante muitos anos.",
    "Com todo o gosto, pode avançar. Já conheço a malta do clube.",
    "Go ahead, happy to. Yes I know the folks at the club well.",
    "Allez-y, avec plaisir. Oui je connais bien les gens du club.",
    "Adelante, con gusto. Sí, conozco bien a la gente del club.",
    "Adelante, con gusto. Ya conozco a la gente del club.",
    "Ja, gerne. Ich kenne die Leute vom Verein gut.",
]


@pytest.mark.parametrize("text", CIRCLES)
def test_a_circle_known_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


PERSONS = [
    "Go ahead, happy to. Yes I know him well.",
    "Com todo o gosto, pode avançar. Conheço bem o Rui.",
    "Ja, gerne. Ich kenne sie aus der Branche.",
    "Adelante, con gusto. Ya conozco a Marta.",
]


@pytest.mark.parametrize("text", PERSONS)
def test_a_person_known_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"
