"""An address given by a pronoun ("O e-mail dele é ...", "Her email is ...") after a
sentence naming one person and, after a noun and a place word, where they work ("do
engenheiro Carlos Eduardo Tavares, que tem uma construtora em Belo Horizonte"): the
place is no second person, so the address is theirs when it spells their name and not
the place's."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_TOM = Party("Tom Reed", "tom.reed@gmail.com")


@pytest.mark.parametrize(
    ("ask", "person"),
    [
        (
            "My son is Tom Reed (tom.reed@gmail.com). A friend told me about Ann Lee, who runs "
            "a bakery in San Antonio. Her email is hello@leebakes.com.\n\n"
            "Could you introduce Tom to her?",
            Party("Ann Lee", "hello@leebakes.com"),
        ),
        (
            "Mon fils s'appelle Tom Reed (tom.reed@gmail.com). Une amie m'a parlé de Claire "
            "Dubois, qui a une boulangerie à Saint Malo. Son adresse est contact@duboispain.fr."
            "\n\nPourriez-vous présenter Tom à elle ?",
            Party("Claire Dubois", "contact@duboispain.fr"),
        ),
        (
            "Mi hijo es Tom Reed (tom.reed@gmail.com). Una amiga me habló de Lucía Gómez, que "
            "tiene una panadería en San Sebastián. Su correo es hola@gomezpan.es.\n\n"
            "¿Podrías presentar a Tom a ella?",
            Party("Lucía Gómez", "hola@gomezpan.es"),
        ),
        (
            "Mein Sohn heißt Tom Reed (tom.reed@gmail.com). Eine Freundin hat mir von Anna "
            "Berg erzählt, die eine Bäckerei in Bad Tölz hat. Ihre E-Mail-Adresse lautet "
            "info@bergbrot.de.\n\nKannst du Tom mit ihr bekannt machen?",
            Party("Anna Berg", "info@bergbrot.de"),
        ),
        (
            "Sou mãe do Tom Reed (tom.reed@gmail.com). Uma amiga me falou do engenheiro Carlos "
            "Eduardo Tavares, que tem uma construtora em Belo Horizonte. O e-mail dele é "
            "cetavares@tavaresconstrucoes.com.br.\n\nVocê poderia apresentar o Tom a ele?",
            Party("Carlos Eduardo Tavares", "cetavares@tavaresconstrucoes.com.br"),
        ),
    ],
)
def test_a_place_after_a_company_leaves_the_address_to_the_one_named(
    ask: str, person: Party
) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_TOM, person}
    assert result.confident


@pytest.mark.parametrize(
    "ask",
    [
        # Near-miss: the address spells the one after the place word, who may be a person.
        "My son is Tom Reed (tom.reed@gmail.com). A friend told me about Ann Lee, who got a "
        "letter from Jo Bell in San Antonio. Her email is hello@bell.com.\n\n"
        "Could you introduce Tom to her?",
        # Near-miss: the place in a sentence of its own, after the one named.
        "My son is Tom Reed (tom.reed@gmail.com). A friend told me about Ann Lee. She runs a "
        "bakery in San Antonio. Her email is hello@leebakes.com.\n\n"
        "Could you introduce Tom to her?",
        # Near-miss: an address that spells no one named.
        "Sou mãe do Tom Reed (tom.reed@gmail.com). Uma amiga me falou da Joana Reis, que tem "
        "uma padaria em Porto Alegre. O e-mail dela é jr@gmail.com.\n\n"
        "Você poderia apresentar o Tom a ela?",
    ],
)
def test_the_address_stays_untied_otherwise(ask: str) -> None:
    result = understand(ask)
    assert not result.confident
