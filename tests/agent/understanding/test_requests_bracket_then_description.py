"""A bracketed aside after a name, then a description between commas, both about the one
named ("introduce Wei (cc'd), a final-year Environmental Science student, to Niamh"):
the ask goes on after both, in every language. An aside between the commas that names
someone (a first name, an address) lists one more, and the pair stays unconfident."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from tests.agent.understanding.test_requests import understand

SENDER = "Fiona MacLeod <f.macleod@northbridge.example>"
CC = "Wei Zhang <w.zhang23@student.northbridge.example>"


def _book() -> MemoryAddressBook:
    book = MemoryAddressBook()
    for name, email in (
        ("Niamh Gallagher", "niamh.gallagher@outlook.example"),
        ("Nia Roberts", "nia.roberts@northbridge.example"),
        ("Wei Zhang", "w.zhang23@student.northbridge.example"),
        ("Oliver Brandt", "oliver.brandt@alumni.northbridge.example"),
    ):
        book.add(Address(name, email))
    return book


@pytest.mark.parametrize(
    "body",
    [
        "Good morning,\n\nCould you introduce Wei (cc'd), a final-year Environmental Science "
        "student, to Niamh from our alumni mentoring pool? Niamh is on the sustainable "
        "investment team.\n\nThanks,\nFiona",
        "Pourriez-vous présenter Wei (en copie), étudiant en dernière année, à Niamh ?",
        "¿Podrías presentar a Wei (en copia), estudiante de último año, a Niamh?",
        "Könnten Sie Wei (in Kopie), Student im letzten Jahr, mit Niamh bekannt machen?",
        "Pode apresentar o Wei (em cópia), aluno do último ano, à Niamh?",
        "Tafadhali mtambulishe Wei (yuko kwenye cc), mwanafunzi wa mwaka wa mwisho, kwa Niamh.",
    ],
)
def test_bracket_then_description_reads_the_pair(body: str) -> None:
    result = understand(body, sender=SENDER, cc=CC, book=_book())
    assert result.kind == "intro_request"
    assert result.a is not None and result.b is not None
    assert {result.a.email, result.b.email} == {
        "w.zhang23@student.northbridge.example",
        "niamh.gallagher@outlook.example",
    }
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # A name between the commas is one more listed, no description.
        "Could you introduce Wei (cc'd), Oliver Brandt, to Niamh?",
        "Could you introduce Wei (cc'd), our intern Oliver, to Niamh?",
        # "Nia" is no "Niamh": the book's Nia is never taken for her, nor she for Nia.
        "Could you introduce Wei (cc'd), a final-year student, to Nia?",
    ],
)
def test_someone_named_between_or_no_certain_match_is_unconfident(body: str) -> None:
    result = understand(body, sender=SENDER, cc=CC, book=_book())
    assert not result.confident
