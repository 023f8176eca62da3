"""A name of two words or more closing on a word that ends an organisation's name
("organisation_closers": "Brennan Career Partners", "Juma Consulting Limited") or names
one ("Riverside Housing Association") is a company, no second person named before an
"introduce us": the one person named is the other party. Two people named before it
still leave who "us" is unsaid."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A fellow HR director has recommended Ms Aoife Brennan of Brennan Career Partners."
            " Could you introduce us? Contact: Aoife Brennan - aoife@brennancareers.example",
            "Aoife Brennan",
        ),
        (
            "A colleague recommended Tom Hale at Riverside Housing Association. Could you"
            " introduce us? His email is tom.hale@riverside.example",
            "Tom Hale",
        ),
        (
            "Mwenzangu alinipendekezea Bi. Amina Juma wa Juma Consulting Limited. Unaweza"
            " kututambulisha? Barua pepe: Amina Juma - amina.juma@juma.example",
            "Amina Juma",
        ),
        (
            "Une consœur m'a recommandé Mme Claire Roux, de Roux Avocats Associés. Pourriez-vous"
            " nous présenter ? Contact : Claire Roux - claire.roux@roux.example",
            "Claire Roux",
        ),
        (
            "Una colega me recomendó a la Sra. Lucía Ferrer, de Ferrer Abogados Asociados."
            " ¿Podría presentarnos? Contacto: Lucía Ferrer - lucia.ferrer@ferrer.example",
            "Lucía Ferrer",
        ),
        (
            "Eine Kollegin hat mir Frau Anna Roth (Roth & Kollegen Partnerschaft) empfohlen."
            " Könnten Sie uns bekannt machen? Kontakt: Anna Roth - anna.roth@roth.example",
            "Anna Roth",
        ),
        (
            "Uma colega recomendou a Dra. Ana Souza, da Souza Advogados Associados. Poderia"
            " nos apresentar? Contato: Ana Souza - ana.souza@souza.example",
            "Ana Souza",
        ),
    ],
)
def test_a_company_beside_the_one_named(text: str, name: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b is not None
    assert result.b.name == name
    assert result.confident


def test_two_people_named_before_us() -> None:
    result = understand(
        "A colleague recommended Tom Hale and Ana Ruiz of Brennan Career Partners. Could you"
        " introduce us? His email is tom.hale@riverside.example"
    )
    assert not result.confident
