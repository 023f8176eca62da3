"""A yes restricted to a later date by a word of "only" right before the date's lead,
opening it or after the date's first word ("Só depois de março, atenção.", "Das geht erst
nach März.", "Baada ya Machi tu"), is put off, however long its sentence; a sentence of
news with a date and no such word is not ("Ab nächster Woche bin ich in Elternzeit.").
And a Portuguese condition opened by "se" or "caso" with an article, a pronoun or a
word of the kind after it ("Se o contrato for assinado, ...") doubts a yes as "if" does."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    # Only after a date, however long the sentence: put off, so unclear.
    ("Sim, com todo o gosto! Só depois de março, atenção.", "unclear"),
    ("Sí, encantado. Solo después de marzo, ojo.", "unclear"),
    ("Oui, avec plaisir. Seulement après mars, attention.", "unclear"),
    ("Ja, gerne. Das geht erst nach März.", "unclear"),
    ("Ndiyo, nitafurahi. Baada ya Machi tu, angalia.", "unclear"),
    ("Yes, happy to. Only after March, mind you.", "unclear"),
    # A date in news, or a meeting time, restricts nothing.
    ("Ja, gerne! Ab nächster Woche bin ich in Elternzeit.", "yes"),
    ("Yes, happy to. We can meet after March.", "yes"),
    ("Oui, volontiers. On pourra se voir à partir de mars.", "yes"),
    ("Ja, gerne. Wir können uns ab März treffen.", "yes"),
    (
        "Eier können wir liefern, Kartoffeln haben wir kaum noch, da wird es erst wieder "
        "ab Juli was.\n\nJa, gerne. Am besten abends anrufen.",
        "yes",
    ),
    # Portuguese conditions with "se" / "caso" before an article or a pronoun.
    (
        "Sim, claro, adoraria conhecer a Joanne. Se o contrato for assinado, faço-o "
        "depois do workshop.",
        "unclear",
    ),
    ("Sim, claro. Se o projeto avançar, falamos.", "unclear"),
    ("Sim, pode apresentar. Caso ela seja recrutadora, prefiro não.", "unclear"),
    ("Sim, com prazer. Se tudo correr bem com a obra, falamos em abril.", "unclear"),
    # The reflexive "se", and a note on reaching the writer with "se", doubt nothing.
    ("Sim, pode apresentar. Ela se interessa por vinhos, vai gostar.", "yes"),
    ("Sim, pode apresentar. Se o Rui quiser ligar, o meu número é 912 345 678.", "yes"),
    ("Sim, pode apresentar. Se for mais prático, meu WhatsApp é +55 11 91234 5678.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_only_after_dates_and_portuguese_ifs(text: str, answer: str) -> None:
    assert classify_text(text) == answer
