"""A capitalised word that is a common word and a first name both ("Ravi", French for
delighted; "Julio", July) is the name where it stands in a party's slot:
mid-sentence after a word leading to a person and before no lower-case word going on
with it, or before a capitalised surname. At a sentence's start, or running on into its
phrase ("Ravi de vous lire"), it stays the word.

And a first name written with an address in the text is named in full as the headers
show that address, when the display name opens on it ("Gareth is gareth.pryce@..." with
Gareth Pryce on To)."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import AGENT, understand

_BOOK = MemoryAddressBook(
    [
        Address("Ravi Menon", "ravi@menonporting.example"),
        Address("Julio Ferrer", "julio@ferrer.example"),
        Address("Tomasz Wrona", "tomasz@wrona.example"),
    ]
)
RAVI = Party("Ravi Menon", "ravi@menonporting.example")
JULIO = Party("Julio Ferrer", "julio@ferrer.example")
TOMASZ = Party("Tomasz Wrona", "tomasz@wrona.example")


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("Could you introduce Tomasz to Ravi? Ravi ported our last game.", {TOMASZ, RAVI}),
        ("Would you put Tomasz in touch with Ravi Menon, please?", {TOMASZ, RAVI}),
        ("Please introduce Tomasz to Julio - he runs the cert lab.", {TOMASZ, JULIO}),
        ("Pourriez-vous présenter Tomasz à Ravi ? Il connaît la certification.", {TOMASZ, RAVI}),
        ("¿Podrías presentar a Tomasz con Ravi? Sabe de consolas.", {TOMASZ, RAVI}),
        ("Kannst du Tomasz mit Julio Ferrer bekannt machen? Er kennt das.", {TOMASZ, JULIO}),
    ],
)
def test_a_first_name_that_is_also_a_word_is_the_name_in_a_slot(
    body: str, pair: set[Party]
) -> None:
    result = understand(body, book=_BOOK)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == pair
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # The word at a sentence's start, going on into its phrase.
        "Ravi de vous lire ! Pourriez-vous présenter Tomasz à Jeanne Roy ?",
        # Mid-sentence but running on into a lower-case word after a word no slot opens.
        "Je suis Ravi de vous écrire. Pourriez-vous présenter Tomasz à Jeanne Roy ?",
        # A month after a preposition of time.
        "¿Podrías presentar a Tomasz con Jeanne Roy en Julio de este año?",
    ],
)
def test_the_word_in_its_phrase_is_no_one(body: str) -> None:
    result = understand(body, book=_BOOK)
    names = {p.name for p in (result.a, result.b) if p is not None}
    assert names.isdisjoint({"Ravi", "Ravi Menon", "Julio", "Julio Ferrer"})


def test_without_the_book_the_slot_name_is_asked_about() -> None:
    result = understand("Could you introduce Tomasz to Ravi?")
    assert result.kind == "intro_request"
    assert result.b is not None
    assert result.b.name == "Ravi"
    assert not result.confident


TO = "Gareth Pryce <gareth.pryce@club.example>, Siân Llewellyn <sian@leisure.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce Gareth to Siân? Gareth is gareth.pryce@club.example and "
        "Siân is sian@leisure.example.",
        "Could you introduce Gareth (gareth.pryce@club.example) to Siân (sian@leisure.example)?",
        "Pourriez-vous présenter Gareth (gareth.pryce@club.example) à Siân "
        "(sian@leisure.example) ?",
    ],
)
def test_a_first_name_with_its_address_is_named_as_the_headers_show_it(body: str) -> None:
    result = understand(body, to=TO, cc=f"Intro Agent <{AGENT}>")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {
        Party("Gareth Pryce", "gareth.pryce@club.example"),
        Party("Siân Llewellyn", "sian@leisure.example"),
    }
    assert result.confident


def test_a_display_name_the_written_name_does_not_open_is_left_aside() -> None:
    result = understand(
        "Could you introduce Maggie (orders@bakehouse.example) to Siân (sian@leisure.example)?",
        to="Harbour Bakehouse <orders@bakehouse.example>, Siân Llewellyn <sian@leisure.example>",
        cc=f"Intro Agent <{AGENT}>",
    )
    assert result.kind == "intro_request"
    names = {p.name for p in (result.a, result.b) if p is not None}
    assert "Maggie" in names
    assert "Harbour Bakehouse" not in names
