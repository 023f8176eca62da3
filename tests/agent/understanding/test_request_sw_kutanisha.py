"""Swahili "kukutanisha" (to bring together) asks for an intro as "kuunganisha" does
("Naomba unikutanishe na ...", "unaweza kunikutanisha na ..."), and a verb saying "you
can" ("unaweza", "mnaweza") ends the search for someone else doing the intro, as "you"
does in "Wanjiru told me you can introduce me to ...": the ask is put to the one written
to. Someone else who can do it ("Wanjiru anaweza kunikutanisha na ...") asks nothing."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Naomba unikutanishe na Samuel Kiprono, daktari wa mifugo.",
        "Mwenyekiti wetu mama Wanjiru aliniambia unaweza kunikutanisha na Dkt. Samuel Kiprono,"
        " yule daktari wa mifugo. Tafadhali nisaidie.",
        "Tafadhali mkutanishe Juma Ali na Samuel Kiprono, wote ni wafugaji.",
    ],
)
def test_kukutanisha_asks(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.name == "Samuel Kiprono"


@pytest.mark.parametrize(
    "text",
    [
        "Wanjiru anaweza kunikutanisha na Samuel Kiprono (samuel@vet.example).",
        "Je, Wanjiru anaweza kunikutanisha na Samuel Kiprono (samuel@vet.example)?",
    ],
)
def test_someone_else_who_can_asks_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"


@pytest.mark.parametrize(
    "text",
    [
        "Mama Neema ameniambia nikuombe unikutanishe na Samuel Kiprono (samuel@vet.example),"
        " yule daktari wa mifugo.",
        "Mama Neema amenishauri nikuombe unikutanishe na Samuel Kiprono (samuel@vet.example).",
        "Mwalimu Juma ameniambia nikuombe uniunganishe na Samuel Kiprono (samuel@vet.example).",
        # The English and Portuguese forms, for comparison: "to", "que" stop the search.
        "Mama Neema told me to ask you to introduce me to Samuel Kiprono (samuel@vet.example).",
        "A Neema disse para eu te pedir que me apresente ao Samuel Kiprono (samuel@vet.example).",
    ],
)
def test_someone_telling_the_writer_to_ask_leaves_the_ask_to_the_one_written_to(
    text: str,
) -> None:
    # "nikuombe" ("that I ask you"): the ask after it is put to the one written to, not
    # to Mama Neema, who told the writer to ask.
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.name == "Samuel Kiprono"


def test_a_first_name_known_once_to_the_book_is_certain() -> None:
    book = MemoryAddressBook(
        [
            Address("Salim Bakari", "salim@pwanicoconut.example"),
            Address("Salma Juma", "salma.juma@kariakoo-oils.example"),
            Address("Neema Mrema", "neema@sabuni.example"),
        ]
    )
    result = understand(
        "Mama Neema ameniambia nikuombe unikutanishe na Bw. Salim wa Mombasa, yule"
        " msambazaji wa mafuta ya nazi. Nadhani barua pepe yake unayo.",
        book=book,
    )
    assert result.b == Party("Salim Bakari", "salim@pwanicoconut.example")
    assert result.confident


def test_someone_else_who_will_bring_the_writer_together_asks_nothing() -> None:
    assert understand("Mama Neema atanikutanisha na Bw. Salim.").kind == "not_a_request"
