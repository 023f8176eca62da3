"""A word that is a negator in one language and a plain word in the language the reply
is written in negates nothing there: the Portuguese "no", "na" ("em" and an article)
inside a clause of a Portuguese reply ("Estou no carro", "estou no meio da mudança") is
neither the English determiner "no" that restricts a yes nor a refusal. Opening its
clause ("No, estou no carro"), before a word a negator takes ("mas no posso") and in a
reply written in another language ("Yes, but no calls please") it reads as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

YES = [
    "Sim, pode apresentar! Estou no carro.",
    "Sim, pode apresentar! Só aviso que estou no meio da mudança do escritório.",
    "Pode apresentar, sim. Estou no aeroporto agora.",
    "Claro, pode nos apresentar! Estou na praia com a família.",
    "Sim, com prazer. Estou no hospital com minha mãe, mas pode apresentar.",
    # "no mesmo", "na mesma": "in the same", before what a negator might take.
    "Sim, com muito gosto. Peço só discrição, porque temos clientes no mesmo setor.",
    "Pode apresentar, claro. Trabalhamos na mesma área há anos.",
]


@pytest.mark.parametrize("text", YES)
def test_a_portuguese_contraction_in_a_portuguese_reply_negates_nothing(text: str) -> None:
    assert classify_text(text) == "yes"


def test_an_opening_no_still_refuses() -> None:
    assert classify_text("No, estou no carro.") == "no"


NOT_YES = [
    "Sim, mas no posso.",
    "Sim, mas no tenho tempo.",
    "Sim! Mas eu no quero conhecer ele.",
    "Yes, but no calls please.",
    "Sim, pode apresentar. No momento estou ocupada.",
    "Sim, com gosto, mas no mesmo dia não posso.",
]


@pytest.mark.parametrize("text", NOT_YES)
def test_a_no_before_what_a_negator_takes_or_in_another_language_still_doubts(
    text: str,
) -> None:
    assert classify_text(text) != "yes"
