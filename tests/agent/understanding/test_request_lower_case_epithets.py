"""A first name alone typed in lower case as an ask's person, described right after by an
epithet ("put me in touch with gary the sparky, got a big job", "me pones en contacto
con paco el fontanero?"), is someone the writer expects to be known by that name: the
address book that holds exactly one person of that first name says who. Without the
epithet ("rafael again"), with two of that name in the book or none, for a common word
or a first name that is an ordinary word, or where the article opens something else
("gary the moment you can"), it stays asked about."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_GARY = Party("Gary Hughes", "gary@hughes-electrical.example")
_BOOK = [
    Address("Sharon Hughes", "sharon@hughes-electrical.example"),
    Address("Gary Hughes", "gary@hughes-electrical.example"),
    Address("Gareth Lloyd", "gareth@lloydroofing.example"),
]


@pytest.mark.parametrize(
    "text",
    [
        "hi mate can u put me in touch with gary the sparky, got a big rewire job next month."
        " cheers",
        "can u put me in touch with gary, the sparky, need a rewire done",
        "salut tu peux me présenter à gary le électricien ? j'ai un gros chantier le mois prochain",
        "hola me presentas a gary el electricista? tengo una obra grande el mes que viene",
        "hallo kannst du mich mit gary, dem elektriker, bekannt machen? hab nächsten monat"
        " eine große baustelle",
        "oi consegue me apresentar ao gary o eletricista? tenho uma obra grande mês que vem",
        "habari unaweza kunitambulisha kwa gary yule fundi? nina kazi kubwa mwezi ujao",
    ],
)
def test_a_lower_case_first_name_with_an_epithet_is_the_one_the_book_holds(text: str) -> None:
    result = understand(text, book=MemoryAddressBook(_BOOK))
    assert result.kind == "intro_request"
    assert result.a == _WRITER
    assert result.b == _GARY
    assert result.confident


@pytest.mark.parametrize(
    ("text", "book"),
    [
        # No epithet: a first name alone typed in lower case is asked about.
        ("hi mate can u put me in touch with gary again? cheers", _BOOK),
        # The article opens something else than an epithet.
        ("hi mate can u put me in touch with gary the moment you can? cheers", _BOOK),
        # Two of that first name in the book, or none.
        (
            "hi mate can u put me in touch with gary the sparky, got a big job. cheers",
            [*_BOOK, Address("Gary Platt", "gary@plattbuild.example")],
        ),
        (
            "hi mate can u put me in touch with gary the sparky, got a big job. cheers",
            _BOOK[:1],
        ),
        # A first name the book holds only as the start of a longer one.
        (
            "hi mate can u put me in touch with gar the roofer, got a big job. cheers",
            _BOOK,
        ),
    ],
)
def test_without_an_epithet_or_one_person_of_that_name_it_is_asked_about(
    text: str, book: list[Address]
) -> None:
    result = understand(text, book=MemoryAddressBook(book))
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        # A first name that is an ordinary word, or a common word, stays a word or
        # unresolved, even where the book holds one such person.
        "hi can u put me in touch with mark the builder, need a quote. cheers",
        "yo can you hook me up w dan the plumber, need a quote. thx",
    ],
)
def test_an_ordinary_word_is_not_read_from_the_book_by_an_epithet(text: str) -> None:
    book = MemoryAddressBook(
        [
            Address("Mark Jones", "mark@jonesbuild.example"),
            Address("Dan Porter", "dan@porter.example"),
        ]
    )
    result = understand(text, book=book)
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "hi mate can u put me in touch with gary the sparky, got a big job. cheers",
        "habari unaweza kunitambulisha kwa mkulima yule? nina shamba",
    ],
)
def test_without_a_book_an_epithet_makes_no_one_certain(text: str) -> None:
    result = understand(text)
    assert not result.confident
    assert result.b is None or result.b.email is None
    assert result.b is None or result.b.name != "Mkulima"
