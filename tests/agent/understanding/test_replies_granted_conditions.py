"""A condition granted by what follows it (granted_consequences: "se ela indicou é
porque vale a pena", "if Beatriz vouches for him, that's good enough for me") tells a
fact that speaks for the yes, and doubts nothing. A condition whose own clause is the
consequence's words ("if it's because ..."), a negation or a question still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

GRANTED = [
    (
        "Pode avançar, sem problema. Se a Beatriz indicou é porque vale a pena. Só me "
        "copia no e-mail, por favor.",
        "yes",
    ),
    ("Sure, go ahead. If Beatriz vouches for him, that's good enough for me.", "yes"),
    ("Oui, allez-y. Si elle l'a recommandé, c'est que ça vaut le coup.", "yes"),
    ("Sí, adelante. Si ella lo recomendó es porque vale la pena.", "yes"),
    ("Ja, gerne. Wenn sie ihn empfiehlt, hat das seinen Grund.", "yes"),
    ("Ndiyo, endelea. Kama amekupendekeza, ni kwa sababu anastahili.", "yes"),
    # The condition's own clause, a negation, a question.
    ("Sure, go ahead if it's because he needs funding.", "unclear"),
    ("Sim, se ela não indicou é porque não vale a pena.", "unclear"),
    ("Sure. If she recommended him, is it because he pays her?", "unclear"),
    ("Sí, si ella lo recomendó.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), GRANTED)
def test_a_granted_condition_doubts_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
