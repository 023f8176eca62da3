"""An elided word written onto a name is split off it, as if written apart: French "d'"
and "qu'" before a name opening on a vowel ("et d'Inès Haddad", "auprès d'Inès Haddad",
"que j'aimerais qu'Inès Haddad et ... se rencontrent"), read as "de Inès Haddad", "que
Inès Haddad" in every phrasing. Only French elides before names among the six
languages; English names with an apostrophe ("O'Neil", "D'Angelo") open on a capital and
stay whole, and after a name "d'" is a particle of it ("Giscard d'Estaing")."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")
INES = Party("Inès Haddad", "ines@haddad.example")
BOOKED_INES = Party("Inès Haddad", "ines.haddad@repair.example")
BERNARD = Party("Bernard Lefèvre", "bernard.lefevre@orange.example")
BERNARD_TEXT = "Bernard Lefèvre (bernard.lefevre@orange.example)"
# Two of the first name, one of the whole name.
BOOK = MemoryAddressBook(
    [
        Address("Inès Haddad", "ines.haddad@repair.example"),
        Address("Inès Martin", "ines.martin@free.example"),
    ]
)


def _names(text: str) -> list[str | None]:
    return [item.name for item in tokenize(text, load_rules()) if item.kind == "name"]


@pytest.mark.parametrize(
    "text",
    ["et d'Inès Haddad, dont", "et d\u2019Inès Haddad, dont", "pour qu'Inès Haddad vienne"],
)
def test_an_elided_word_is_no_part_of_the_name_after_it(text: str) -> None:
    assert _names(text) == ["Inès Haddad"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # After a name, "d'" is a particle of it: never a name of its own.
        ("avec Valéry Giscard d'Estaing demain", ["Valéry Giscard"]),
        # Capitalised, the apostrophe is the name's own.
        ("with Mary O'Neil and D'Angelo Russo", ["Mary O'Neil", "D'Angelo Russo"]),
        # Before a lower-case word, nothing changes.
        ("présenter l'un à l'autre", []),
    ],
)
def test_names_written_with_an_apostrophe_stay_whole(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "body",
    [
        f"Il s'agit de {BERNARD_TEXT} et d'Inès Haddad (ines@haddad.example). Pourriez-vous "
        "les présenter l'un à l'autre ?",
        f"Je souhaiterais qu'Inès Haddad (ines@haddad.example) et {BERNARD_TEXT} se rencontrent.",
        f"Pourriez-vous faire le lien entre {BERNARD_TEXT} et d\u2019Inès Haddad "
        "(ines@haddad.example) ?",
    ],
)
def test_a_party_written_after_an_elided_word_is_read_whole(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {BERNARD, INES}
    assert result.confident


def test_an_elided_word_before_the_one_the_writer_asks_for() -> None:
    result = understand("Pourriez-vous me présenter auprès d'Inès Haddad (ines@haddad.example) ?")
    assert (result.a, result.b) == (ME, INES)
    assert result.confident


def test_the_whole_name_after_an_elided_word_is_known_to_the_book() -> None:
    result = understand(
        f"Il s'agit de {BERNARD_TEXT} et d'Inès Haddad, dont vous avez l'adresse je crois. "
        "Pourriez-vous les présenter l'un à l'autre ?",
        book=BOOK,
    )
    assert {result.a, result.b} == {BERNARD, BOOKED_INES}
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # A first name the book holds twice: no one certain.
        f"Mise en relation de {BERNARD_TEXT} et d'Inès, dont vous avez l'adresse, svp.",
        # A particle after a name: the whole name is not read, so nothing is certain.
        "Pouvez-vous me mettre en relation avec Pierre Giscard d'Estaing (p.destaing@x.example) ?",
    ],
)
def test_no_certain_pair_without_a_certain_person(body: str) -> None:
    result = understand(body, book=BOOK)
    assert not result.confident
