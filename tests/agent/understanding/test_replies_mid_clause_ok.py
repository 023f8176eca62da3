"""The words "ok" and "okay" say yes alone, opening their clause, closing it, after another yes or
as the predicate after a copula, a degree word or an interjection ("that's ok", "es ist
ok", "c'est ok", "está ok", "tá ok", "ni ok", "oh ok then"); between a verb and more
words of a clause they are another word (Low German and Dutch "ok": "also") and agree
to nothing: "dat blifft ok so" is no yes. "Lass man", "Lass mal", "Lass gut sein" and
"Lass es" closing their clause decline in German; going on they are "let's" ("Lass mal
telefonieren") or "let" ("Lass es mich wissen")."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

MID_CLAUSE_OK = [
    # "ok" inside a clause, between a verb and more words: no yes.
    ("Ik heff an de Genossenschaft verkofft un dat blifft ok so. Lass man.", "no"),
    ("Dat blifft ok so.", "unclear"),
    ("Wi hebbt ok so veel to doon. Nee, danke.", "no"),
    ("Nee, danke. Wi hebbt ok so veel to doon.", "no"),
    ("Mit so'n App kann ik nix anfangen, dat blifft ok so.", "unclear"),
    # "ok" alone, leading or closing its clause, or after another yes, answers.
    ("Ok", "yes"),
    ("ok go ahead", "yes"),
    ("Ok, allez-y !", "yes"),
    ("Für mich ok.", "yes"),
    ("Yeah ok 👍", "yes"),
    ("Oui ok pour moi 👍", "yes"),
    ("Ja ok, gerne.", "yes"),
    # The predicate, after a copula, a degree word or an interjection, in each language.
    ("Thursday at 4 is ok with me, go ahead.", "yes"),
    ("Totally ok with me.", "yes"),
    ("Oh ok then, go ahead.", "yes"),
    ("Das ist ok so für mich.", "yes"),
    ("Na ok dann, stell uns vor.", "yes"),
    ("C'est ok pour moi.", "yes"),
    ("Está ok para mí, adelante.", "yes"),
    ("Tá ok pra mim, pode passar.", "yes"),
    ("Ni ok kwangu, endelea.", "yes"),
]

LASS_MAN = [
    # Closing its clause: a refusal.
    ("Lass man.", "no"),
    ("Nee, lass mal.", "no"),
    ("Danke, aber lass gut sein.", "no"),
    ("Ach, lass es. Danke trotzdem.", "no"),
    ("Nee, lass mal gut sein.", "no"),
    # Going on in its clause: "let's" or "let", no refusal.
    ("Ja, gerne. Lass mal telefonieren.", "yes"),
    ("Lass es mich wissen, ja gerne.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), MID_CLAUSE_OK)
def test_ok_inside_a_clause_says_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(("text", "answer"), LASS_MAN)
def test_lass_man_closing_its_clause_declines(text: str, answer: str) -> None:
    assert classify_text(text) == answer
