"""A connective set between commas right after a negator and its verb ("Não sou,
contudo, a pessoa indicada", "No soy, sin embargo, la persona indicada") leaves the
negator with its verb: the clause is read as if the connective came first ("Contudo, não
sou a pessoa indicada"), a redirection, not a bare "no". A refusal said so ("Não quero,
contudo, conhecê-lo") still refuses, and a pause right after the negator ("Não, contudo,
agradeço") leaves it a bare "no"."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REDIRECTIONS = [
    "Thanks for thinking of me. I am not, however, the right person: my colleague Ines"
    " handles this.",
    "Merci. Je ne suis pas, cependant, la bonne personne : c'est ma collègue Inès qui s'en occupe.",
    "Gracias por el contacto. No soy, sin embargo, la persona indicada: quien lleva esto"
    " es mi colega Inés.",
    "Danke. Ich bin jedoch nicht die richtige Person: meine Kollegin Ines betreut das.",
    "Agradeço o contacto. Não sou, contudo, a pessoa indicada: quem acompanha isso é a"
    " minha colega Inês.",
    "Não sou, porém, a pessoa indicada.",
    "Não sou, no entanto, a pessoa certa.",
    "Asante. Mimi, hata hivyo, si mtu sahihi: mwenzangu Ines ndiye anashughulikia hilo.",
]

AS_BEFORE = [
    ("Não quero, contudo, conhecê-lo.", "no"),
    ("No quiero, sin embargo, conocerlo.", "no"),
    ("No puedo, lamentablemente, ayudar.", "no"),
    ("Não, contudo, agradeço o contacto.", "no"),
    ("Não, no entanto, agradeço.", "no"),
    ("Nein, jedoch danke.", "no"),
]


@pytest.mark.parametrize("text", REDIRECTIONS)
def test_a_negated_verb_with_a_connective_is_no_bare_refusal(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(("text", "answer"), AS_BEFORE)
def test_refusals_keep_their_reading(text: str, answer: str) -> None:
    assert classify_text(text) == answer
