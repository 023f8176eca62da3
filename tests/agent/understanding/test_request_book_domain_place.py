"""A first name the address book holds for more than one person ("Karim" for Karim Benali
and for Karima Haddad, whose first name it begins) is the one whose address's domain
names the word the text ties to it ("c'est le Karim de l'INRIA", "Karim from Inria"); no
such word, or one naming both or neither, and it stays asked about."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

KARIM = Party("Karim Benali", "karim.benali@inria.fr")


def _book(*extra: Address) -> MemoryAddressBook:
    return MemoryAddressBook(
        [
            Address("Karim Benali", "karim.benali@inria.fr"),
            Address("Karima Haddad", "karima.haddad@laposte.net"),
            *extra,
        ]
    )


@pytest.mark.parametrize(
    "body",
    [
        "Tu peux présenter Élodie Vasseur (elodie@vasseur.example) à Karim ? C'est le Karim "
        "de l'INRIA.",
        "Could you introduce Élodie Vasseur (elodie@vasseur.example) to Karim? Karim from "
        "Inria, he's in your book.",
        "¿Puedes presentar a Élodie Vasseur (elodie@vasseur.example) a Karim? Es el Karim del "
        "INRIA.",
        "Kannst du Élodie Vasseur (elodie@vasseur.example) mit Karim bekannt machen? Karim "
        "von der INRIA.",
        "Podes apresentar a Élodie Vasseur (elodie@vasseur.example) ao Karim? É o Karim da INRIA.",
        "Tafadhali mtambulishe Élodie Vasseur (elodie@vasseur.example) kwa Karim wa INRIA.",
    ],
)
def test_the_domain_the_text_ties_to_the_name_picks_one(body: str) -> None:
    result = understand(body, book=_book())
    assert result.kind == "intro_request"
    assert KARIM in (result.a, result.b)
    assert result.confident


@pytest.mark.parametrize(
    ("body", "extra"),
    [
        # Nothing ties the name to a place: Karim or Karima.
        ("Tu peux présenter Élodie Vasseur (elodie@vasseur.example) à Karim ?", ()),
        # A place naming neither.
        ("Tu peux présenter Élodie Vasseur (elodie@vasseur.example) à Karim du CNRS ?", ()),
        # Both at the place.
        (
            "Could you introduce Élodie Vasseur (elodie@vasseur.example) to Karim from Inria?",
            (Address("Karim Saidi", "k.saidi@inria.fr"),),
        ),
    ],
)
def test_no_place_or_one_naming_both_or_neither_stays_asked_about(
    body: str, extra: tuple[Address, ...]
) -> None:
    result = understand(body, book=_book(*extra))
    assert not result.confident
