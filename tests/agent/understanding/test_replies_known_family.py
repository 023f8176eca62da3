"""Knowing the other's family ("YES I KNOW DEREK'S WIFE FROM THE WI", "je connais sa
femme", "conheço a mulher dele", "namjua mke wake") is no knowing of the one asked
about: beside a yes it doubts nothing. Knowing the other, negated or asked, still
doubts; so does knowing someone the other only works with ("their CEO")."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

KNOWN_FAMILY = [
    "YES I KNOW DEREK'S WIFE FROM THE WI. I DID THE ACCOUNTS FOR 25 YEARS\n\nYES PLEASE",
    "Yes please. Yes I know his wife from church.",
    "Oui, avec plaisir. Oui je connais sa femme, on chante ensemble.",
    "Sí, con gusto. Sí, conozco a su esposa de la parroquia.",
    "Ja, gerne. Ich kenne seine Frau aus dem Chor.",
    "Sim, com gosto. Conheço a mulher dele da igreja.",
    "Ndiyo, nitafurahi. Namjua mke wake kanisani.",
]


@pytest.mark.parametrize("text", KNOWN_FAMILY)
def test_knowing_the_others_family_leaves_the_yes(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "yes"
    assert any(e.startswith("known-theirs:") for e in evidence)


STILL_DOUBTING = [
    "Yes please. Yes, I know Derek.",
    "Yes please. Yes, I know their CEO.",
    "Yes please. I know him already.",
    "Yes please. I don't know his wife.",
    "Yes please. Yes I know his wife?",
    "Ja, gerne. Ich kenne ihn schon.",
]


@pytest.mark.parametrize("text", STILL_DOUBTING)
def test_knowing_the_other_still_doubts(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "unclear"
    assert not any(e.startswith("known-theirs:") for e in evidence)
