"""A word of kin or respect before a name describes the one named: in Swahili, where no
article leads the description, as "dada" and "kaka" do ("mtambulishe Juma Said (...) kwa
mama Halima Omari", "kwa shangazi", "kwa mjomba", "kwa bibi", "mwanangu"); and a title
written in lower case, as Spanish and Portuguese write "don" and "dona" ("con don Joaquín
Herrera", "com dona Lúcia Ferreira", "avec madame Lucie Fournier", "with dr Lucy
Fisher"). Other languages lead kin by an article or a possessive already ("to my aunt",
"a mi tía", "à ma tante")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

JUMA = Party("Juma Said", "juma.said77@yahoo.com")
HALIMA = Party("Halima Omari", "halima.vitambaa@gmail.com")
CC = "Halima Omari <halima.vitambaa@gmail.com>"


@pytest.mark.parametrize(
    "body",
    [
        "tafadhali mtambulishe kaka yangu Juma Said (juma.said77@yahoo.com) kwa mama Halima "
        "Omari ambaye nimemweka kwenye cc, anauza vitambaa pale Kariakoo.",
        "Tafadhali mtambulishe Juma Said (juma.said77@yahoo.com) kwa mama Halima Omari.",
        "tafadhali mtambulishe Juma Said (juma.said77@yahoo.com) kwa shangazi Halima Omari.",
        "tafadhali mtambulishe Juma Said (juma.said77@yahoo.com) kwa bibi Halima Omari.",
        "Please introduce Juma Said (juma.said77@yahoo.com) to my aunt Halima Omari.",
        "¿Puedes presentar a Juma Said (juma.said77@yahoo.com) a mi tía Halima Omari?",
        "Peux-tu présenter Juma Said (juma.said77@yahoo.com) à ma tante Halima Omari ?",
    ],
)
def test_a_kinship_word_before_a_name_describes_the_one_named(body: str) -> None:
    result = understand(body, cc=CC)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {JUMA, HALIMA}
    assert result.confident


def test_a_kinship_word_with_the_address_in_the_text_too() -> None:
    result = understand(
        "Naomba unitambulishe kwa shangazi Halima Omari (halima.vitambaa@gmail.com)."
    )
    assert {result.a, result.b} == {Party("Ann Lee", "ann@lee.example"), HALIMA}
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # "Mama Juma", Juma's mother: the one named is not the one meant, and no address.
        "Tafadhali mtambulishe Juma Said (juma.said77@yahoo.com) kwa mama Asha.",
        # The word alone names no one.
        "Naomba unitambulishe kwa mama.",
        "Tafadhali mtambulishe Juma Said (juma.said77@yahoo.com) kwa mama huyu.",
    ],
)
def test_a_kinship_word_with_no_certain_person_is_no_certain_pair(body: str) -> None:
    result = understand(body)
    assert not result.confident


FATHER = "Francisco Molina <paco.molina@olivaresmolina.es>"
ANDRES = Party("Andrés Molina Paredes", "andres.molina.p@hotmail.com")
SON = "Andrés Molina Paredes (andres.molina.p@hotmail.com)"


@pytest.mark.parametrize(
    ("body", "other"),
    [
        (
            f"Le escribo para pedirle si puede poner en contacto a mi hijo {SON} con don "
            "Joaquín Herrera, el técnico de la cooperativa de Jaén. El correo de don Joaquín no "
            "lo tengo.",
            "Joaquín Herrera",
        ),
        (f"¿Puede poner en contacto a mi hijo {SON} con doña Carmen Ruiz?", "Carmen Ruiz"),
        (
            f"Pode pôr em contato o meu filho {SON} com dona Lúcia Ferreira, a técnica da "
            "cooperativa?",
            "Lúcia Ferreira",
        ),
        (
            f"Pourriez-vous mettre mon fils {SON} en relation avec madame Lucie Fournier ?",
            "Lucie Fournier",
        ),
        (f"could u connect my son {SON} with dr Lucy Fisher at the coop", "Lucy Fisher"),
        (f"Naomba umtambulishe mwanangu {SON} kwa bi Lucia Fisher.", "Lucia Fisher"),
    ],
)
def test_a_title_in_lower_case_before_a_name_describes_the_one_named(body: str, other: str) -> None:
    result = understand(body, sender=FATHER)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {ANDRES, Party(other, None)}
    assert not result.confident


def test_a_title_in_lower_case_with_an_address_is_certain() -> None:
    result = understand("¿Me presentas a don Joaquín Herrera (joaquin@coop.example)?")
    assert {result.a, result.b} == {
        Party("Ann Lee", "ann@lee.example"),
        Party("Joaquín Herrera", "joaquin@coop.example"),
    }
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # The title before no name, or a name the writer does not ask for.
        "¿Me presentas a don Joaquín? No tengo su correo.",
        "Don't introduce me to dr Lucy Fisher (lucy@fisher.example), please.",
    ],
)
def test_a_title_in_lower_case_makes_no_certain_pair_otherwise(body: str) -> None:
    result = understand(body)
    assert not result.confident
