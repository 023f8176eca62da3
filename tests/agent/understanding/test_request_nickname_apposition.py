"""A diminutive of a first name set after the full name by a comma ("Márcia Cavalcanti,
a Marcinha (...)") is what that one is called, not a second person: the address after it,
spelling the full name's surname too, is the full name's. Another first name there (a
sister's, a friend's) or an address spelling the nickname alone stays as it was read.
The name one is called by before a comma and the full name with an address that opens on
it and spells the surname ("Zé, José Aparecido Silva (ze.silva@...)") is one person too."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

BOB = Party("Bob Ray", "bob@ray.example")


@pytest.mark.parametrize(
    ("body", "a"),
    [
        (
            "Quero apresentar a Márcia Cavalcanti, a Marcinha (marcinha.cavalcanti@mail.example),"
            " ao Bob Ray (bob@ray.example).",
            Party("Márcia Cavalcanti", "marcinha.cavalcanti@mail.example"),
        ),
        (
            "¿Puedes presentar a Juan Pérez, Juanito (juanito.perez@mail.example), a Bob Ray "
            "(bob@ray.example)?",
            Party("Juan Pérez", "juanito.perez@mail.example"),
        ),
        (
            "Pourriez-vous présenter Jean Dupont, Jeannot (jeannot.dupont@mail.example), à "
            "Bob Ray (bob@ray.example) ?",
            Party("Jean Dupont", "jeannot.dupont@mail.example"),
        ),
        (
            "Könnten Sie Hans Weber, Hansi (hansi.weber@mail.example), mit Bob Ray "
            "(bob@ray.example) bekannt machen?",
            Party("Hans Weber", "hansi.weber@mail.example"),
        ),
    ],
)
def test_a_nickname_after_the_full_name_is_the_same_person(body: str, a: Party) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {a, BOB}
    assert not result.more
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # Another first name: a sister, not a nickname of hers.
        "Quero apresentar a Márcia Cavalcanti, a Marcela (marcela.cavalcanti@mail.example), ao "
        "Bob Ray (bob@ray.example).",
        # Words of a description between: someone else named in it.
        "Quero apresentar a Márcia Cavalcanti, a irmã da Marcinha "
        "(marcinha.cavalcanti@mail.example), ao Bob Ray (bob@ray.example).",
    ],
)
def test_another_name_after_the_full_name_gives_it_no_address(body: str) -> None:
    result = understand(body)
    parties = [result.a, result.b, *(p for pair in result.more for p in (pair.a, pair.b))]
    assert Party("Márcia Cavalcanti", "marcela.cavalcanti@mail.example") not in parties
    assert Party("Márcia Cavalcanti", "marcinha.cavalcanti@mail.example") not in parties
    assert not result.confident


@pytest.mark.parametrize(
    ("body", "a"),
    [
        (
            "Please introduce Zé, José Aparecido Silva (ze.silva@mail.example), our master"
            " joiner, to Bob Ray (bob@ray.example).",
            Party("José Aparecido Silva", "ze.silva@mail.example"),
        ),
        (
            "Pode apresentar o Zé, José Aparecido Silva (ze.silva@mail.example), ao Bob Ray"
            " (bob@ray.example)?",
            Party("José Aparecido Silva", "ze.silva@mail.example"),
        ),
        (
            "¿Puedes presentar a Pepe, José García (pepe.garcia@mail.example), a Bob Ray"
            " (bob@ray.example)?",
            Party("José García", "pepe.garcia@mail.example"),
        ),
        (
            "Pourriez-vous présenter Fanfan, François Morel (fanfan.morel@mail.example), à"
            " Bob Ray (bob@ray.example) ?",
            Party("François Morel", "fanfan.morel@mail.example"),
        ),
        (
            "Könnten Sie Sepp, Josef Huber (sepp.huber@mail.example), mit Bob Ray"
            " (bob@ray.example) bekannt machen?",
            Party("Josef Huber", "sepp.huber@mail.example"),
        ),
        (
            "Tafadhali mtambulishe Aisha, Mwanaisha Hamisi (aisha.hamisi@mail.example), kwa Bob"
            " Ray (bob@ray.example).",
            Party("Mwanaisha Hamisi", "aisha.hamisi@mail.example"),
        ),
    ],
)
def test_the_called_name_before_the_full_name_is_the_same_person(body: str, a: Party) -> None:
    """ "Zé, José Aparecido Silva (ze.silva@...)": the address opens on the name one is
    called by and spells the full name's surname, so both name one person."""
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {a, BOB}
    assert not result.more
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # The address opens on the full name's first name: two people listed.
        "Please introduce Ana, Marcos Silva (marcos.silva@mail.example), to Bob Ray"
        " (bob@ray.example).",
        # The address spells no word of the full name: not theirs for sure.
        "Please introduce Zé, Marcos Lima (ze.silva@mail.example), to Bob Ray (bob@ray.example).",
    ],
)
def test_a_name_before_another_the_address_does_not_tie_stays_apart(body: str) -> None:
    result = understand(body)
    assert not (result.kind == "intro_request" and result.confident)
