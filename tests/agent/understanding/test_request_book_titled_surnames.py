"""A surname after a title ("Herrn Brandt", "Mr Brandt", "monsieur Brandt") is the one
person the address book knows by that surname, the title typed in lower case too ("mit
herrn Brandt vom bauamt"), and a German plea may hold "mal" ("kannst du mich mal mit ...
bekannt machen?"). A lookalike ("Brandl"), two of that surname, or a surname without a
title, and no one is certain (nor is one of the other gender than the title's, see
``test_request_gendered_titles``); a lower-case title before a word in lower case is none."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_BRANDT = Address("Jürgen Brandt", "j.brandt@bauamt.example")
_LOOKALIKE = Address("Kerstin Brandl", "kerstin@brandl.example")
_OTHER = Address("Jürgen Hofmann", "hofmann@heizung.example")


def _book(*more: Address) -> MemoryAddressBook:
    return MemoryAddressBook([_BRANDT, _LOOKALIKE, _OTHER, *more])


_ASKS = [
    "hallo, kannst du mich mal mit herrn Brandt vom bauamt bekannt machen? geht um die "
    "genehmigung für die werkstatt",
    "Könnten Sie mich mit Herrn Brandt vom Bauamt bekannt machen? Es geht um die Genehmigung.",
    "Could you introduce me to mr. Brandt at the planning office? It's about the permit.",
    "Pourriez-vous me présenter à monsieur Brandt, du service d'urbanisme ? C'est pour le permis.",
    "¿Me podrías presentar con el señor Brandt, de urbanismo? Es por el permiso.",
    "Você pode me apresentar ao senhor Brandt, da prefeitura? É sobre a licença.",
    "Naomba unitambulishe kwa bw. Brandt wa idara ya mipango, ni kuhusu kibali.",
]


@pytest.mark.parametrize("text", _ASKS)
def test_a_titled_surname_is_the_one_the_book_knows_by_it(text: str) -> None:
    result = understand(text, book=_book())
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {
        Party("Ann Lee", "ann@lee.example"),
        Party("Jürgen Brandt", "j.brandt@bauamt.example"),
    }
    assert result.confident


def test_a_lookalike_alone_in_the_book_is_no_one() -> None:
    book = MemoryAddressBook([_LOOKALIKE, _OTHER])
    result = understand("Könnten Sie mich mit Herrn Brandt bekannt machen?", book=book)
    assert result.kind == "intro_request"
    assert not result.confident


def test_two_of_that_surname_are_no_one() -> None:
    # Two men: a woman's first name would be no "Herrn Brandt" (``test_request_gendered_titles``).
    book = _book(Address("Klaus Brandt", "klaus@brandt.example"))
    result = understand("Könnten Sie mich mit Herrn Brandt bekannt machen?", book=book)
    assert not result.confident


def test_a_surname_without_a_title_is_no_one() -> None:
    result = understand("Kannst du mich mal mit Brandt bekannt machen?", book=_book())
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        # A lower-case title before a lower-case word is a word.
        "Could you introduce me to Carol Diaz (carol@diaz.example)? She met the mr brandt "
        "fan club.",
        "Pourriez-vous me présenter à Carol Diaz (carol@diaz.example) ? La madame du "
        "troisième la connaît.",
    ],
)
def test_a_lower_case_title_before_a_word_names_no_one(text: str) -> None:
    result = understand(text, book=_book())
    assert result.b == Party("Carol Diaz", "carol@diaz.example")
    assert result.confident


def test_the_book_files_each_part_of_a_hyphenated_surname() -> None:
    book = MemoryAddressBook(
        [
            Address("Sandrine Favre-Bulle", "s.favre-bulle@fidujura.example"),
            Address("Nicolas Favre", "nicolas@fidujura.example"),
            Address("Cher", "cher@cher.example"),
        ]
    )
    assert {a.email for a in book.lookup_surname("Favre")} == {
        "s.favre-bulle@fidujura.example",
        "nicolas@fidujura.example",
    }
    assert [a.email for a in book.lookup_surname("favre-bulle")] == [
        "s.favre-bulle@fidujura.example"
    ]
    # A name of one word is a first name, no surname.
    assert book.lookup_surname("Cher") == ()
