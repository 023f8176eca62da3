"""A place or a thing told of as no longer what it was ("A Alfama já não é o que era",
"el barrio ya no es lo que era", "the town isn't what it used to be") is news, no
refusal: a "já não" said as an answer, or the writer's own "no longer", still refuses."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

NOT_WHAT_IT_WAS = [
    ("A Alfama já não é o que era, metade das casas são para turistas.", "unclear"),
    ("El barrio ya no es lo que era, todo son pisos turísticos.", "unclear"),
    ("The old town is no longer what it was, it's all holiday flats now.", "unclear"),
    ("Le quartier n'est plus ce qu'il était, tout est loué aux touristes.", "unclear"),
    ("Das Viertel ist nicht mehr, was es war, alles Ferienwohnungen.", "unclear"),
    ("Mtaa wetu si kama zamani, nyumba nyingi ni za watalii.", "unclear"),
    ("Yes, happy to. The old town isn't what it used to be.", "yes"),
    ("Sim, com todo o gosto. A Alfama já não é o que era.", "yes"),
    # The writer's body told of so, in any tense of the verb and in capitals.
    ("YES PLEASE DO THAT. GOD KNOWS THEY NEED HELP, MY KNEES ARE NOT WHAT THEY WERE.", "yes"),
    ("Yes, happy to. My knees aren't what they were.", "yes"),
    ("Oui, avec plaisir. Mes genoux ne sont plus ce qu'ils étaient.", "yes"),
    ("Sí, con gusto. Mis rodillas no son lo que eran.", "yes"),
    ("Ja, gerne. Meine Knie sind nicht mehr das, was sie waren.", "yes"),
    ("Sim, claro. Meus joelhos não são mais o que eram.", "yes"),
    ("Ndiyo, nitafurahi. Magoti yangu si kama zamani.", "yes"),
]

# Near-misses: the writer's own "no longer", or one said as the answer.
REFUSALS = [
    ("Já não.", "no"),
    ("Já não faço isso.", "no"),
    ("Ya no.", "no"),
    ("A Alfama já não é o que era. Já não faço apresentações.", "no"),
    ("I no longer do introductions.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_WHAT_IT_WAS + REFUSALS)
def test_something_no_longer_what_it_was_refuses_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
