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


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce Wei Zhang (w.zhang23@student.northbridge.example), a final-year "
        "student, from our Leeds campus, to Niamh Gallagher (niamh.gallagher@outlook.example)?",
        "Pourriez-vous présenter Wei Zhang (w.zhang23@student.northbridge.example), étudiant "
        "en dernière année, du campus de Leeds, à Niamh Gallagher "
        "(niamh.gallagher@outlook.example) ?",
        "¿Podrían presentar a Wei Zhang (w.zhang23@student.northbridge.example), estudiante de "
        "último año, del campus de Leeds, a Niamh Gallagher (niamh.gallagher@outlook.example)?",
        "Könnten Sie Wei Zhang (w.zhang23@student.northbridge.example), Student im letzten "
        "Jahr, aus dem Campus in Leeds, mit Niamh Gallagher (niamh.gallagher@outlook.example) "
        "bekannt machen?",
        "Venho por este meio solicitar que apresentem o Sr. Wei Zhang "
        "(w.zhang23@student.northbridge.example), aluno do último ano, concelho de Mora, à "
        "Niamh Gallagher (niamh.gallagher@outlook.example).",
        "Tafadhali mtambulishe Wei Zhang (w.zhang23@student.northbridge.example), mwanafunzi "
        "wa mwaka wa mwisho, wa kampasi ya Leeds, kwa Niamh Gallagher "
        "(niamh.gallagher@outlook.example).",
    ],
)
def test_two_descriptions_after_the_address_read_the_pair(body: str) -> None:
    """A second description between commas after the first, naming no one ("produtor de
    cortiça na Herdade da Fonte Boa, concelho de Mora, ao Prof. ..."), is about the same
    one: the ask goes on after both."""
    result = understand(body, sender=SENDER, book=_book())
    assert result.kind == "intro_request"
    assert result.a is not None and result.b is not None
    assert {result.a.email, result.b.email} == {
        "w.zhang23@student.northbridge.example",
        "niamh.gallagher@outlook.example",
    }
    assert result.confident


def test_a_name_in_the_second_description_lists_one_more() -> None:
    """A name after the first description is no description: it is one more asked for,
    never passed over."""
    result = understand(
        "Could you introduce Wei Zhang (w.zhang23@student.northbridge.example), a final-year "
        "student, Oliver Brandt, to Niamh Gallagher (niamh.gallagher@outlook.example)?",
        sender=SENDER,
        book=_book(),
    )
    assert [pair.a.name for pair in result.more] == ["Oliver Brandt"]
