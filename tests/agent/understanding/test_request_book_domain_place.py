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


@pytest.mark.parametrize(
    ("body", "book"),
    [
        # "Co-op" is no workplace of the Danny at hotmail.co.uk: "co" is a public level.
        (
            "Can you put Gloria Mendes (gloria@mendes.example) in touch with Danny from the "
            "Co-op on Holloway Road?",
            (
                Address("Danny Fletcher", "dannyfletcher82@gmail.com"),
                Address("Danny Osei", "danny.osei@hotmail.co.uk"),
            ),
        ),
        # A university's "ac" names no one's workplace either.
        (
            "Could you introduce Gloria Mendes (gloria@mendes.example) to Ruth from AC Milan?",
            (
                Address("Ruth Adebayo", "r.adebayo@ox.ac.uk"),
                Address("Ruth Baker", "ruth@bakerlaw.example"),
            ),
        ),
        # A mailbox anyone can open names no workplace, under any country's suffix.
        (
            "Tu peux présenter Élodie Vasseur (elodie@vasseur.example) à Karim d'Orange ?",
            (
                Address("Karim Benali", "karim.benali@orange.fr"),
                Address("Karim Saidi", "k.saidi@inria.fr"),
            ),
        ),
        (
            "Could you introduce Gloria Mendes (gloria@mendes.example) to Sam from Yahoo?",
            (
                Address("Sam Okoro", "sam.okoro@yahoo.co.uk"),
                Address("Sam Reyes", "sam@reyes.example"),
            ),
        ),
    ],
)
def test_a_public_or_shared_domain_names_no_workplace(body: str, book: tuple[Address, ...]) -> None:
    result = understand(body, book=MemoryAddressBook(book))
    assert result.kind == "intro_request"
    assert not result.confident


def test_a_workplace_under_a_public_level_still_picks_one() -> None:
    book = MemoryAddressBook(
        [
            Address("Ruth Adebayo", "r.adebayo@eastbridge.ac.uk"),
            Address("Ruth Baker", "ruth@bakerlaw.example"),
        ]
    )
    body = (
        "Could you introduce Gloria Mendes (gloria@mendes.example) to Ruth from Eastbridge? "
        "She runs the outreach office."
    )
    result = understand(body, book=book)
    assert Party("Ruth Adebayo", "r.adebayo@eastbridge.ac.uk") in (result.a, result.b)
    assert result.confident
