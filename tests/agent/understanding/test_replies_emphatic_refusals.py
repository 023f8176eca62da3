"""Slang refusals of the "no way" kind ("Ni de coña", "Ni de broma", "Ni a palos", "Nem a
pau", "Nem morta", "Même pas en rêve") refuse when they close their clause, written
laughter after them ("jajaja", "kkkk", "mdr") closing nothing more than an emoji does.
Followed by a verb they are an intensified negation of it ("Ni de coña me lo pierdo" is
"no way I'm missing it"), and the answer is what the rest of the reply says."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REFUSALS = [
    "Ni de coña, tío.",
    "ni de coña jajaja, ya me tocó el año pasado y acabé quemadísima",
    "Ni de broma.",
    "Ni a palos jaja",
    "Nem a pau kkkk",
    "Nem morta, obrigada.",
    "Même pas en rêve mdr",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_slang_refusal_closing_its_clause_is_no(text: str) -> None:
    assert classify_text(text) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Ni de coña me lo pierdo, ¡adelante!",
        "Nem morto eu perderia isso, pode apresentar!",
        "Même pas en rêve je refuserais, allez-y !",
    ],
)
def test_followed_by_a_verb_it_negates_that_verb(text: str) -> None:
    assert classify_text(text) == "yes"
