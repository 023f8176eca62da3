"""A surname alone after a title of a gender ("Frau Brandt", "Mrs Brandt", "Mme Brandt",
"la Sra. Brandt", "a Sra. Brandt", "Bi. Brandt") is, of those the address book knows by
that surname, never one whose first name is of the other gender ("Jürgen Brandt"), and
one whose first name is of either gender or of neither list ("Kim Park") only
uncertainly: the request is asked about. A title of no gender ("Dr", "Prof.",
"Mwalimu") reads as before, and so does a name the mail itself gives an address."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_JUERGEN = Address("Jürgen Brandt", "j.brandt@bauamt.example")
_PETRA = Address("Petra Brandt", "petra@brandt.example")
_ANNA = Address("Anna Weber", "anna@weber.example")
_OTHER = Address("Kerstin Brandl", "kerstin@brandl.example")

# A woman's title before "Brandt", one ask in each language.
_TO_HER = [
    "Könnten Sie mich bitte mit Frau Brandt bekannt machen? Es geht um die Genehmigung.",
    "Could you introduce me to Mrs Brandt? It's about the permit.",
    "Could you introduce me to Ms. Brandt at the planning office?",
    "Pourriez-vous me présenter à Mme Brandt ? C'est pour le permis.",
    "Pourriez-vous me présenter à madame Brandt ? C'est pour le permis.",
    "¿Podrías presentarme a la Sra. Brandt? Es por el permiso.",
    "¿Me podrías presentar a la señora Brandt, de urbanismo? Es por el permiso.",
    "Você pode me apresentar à Sra. Brandt? É sobre a licença.",
    "Você pode me apresentar à senhora Brandt, da prefeitura? É sobre a licença.",
    "Naomba unitambulishe kwa Bi. Brandt wa idara ya mipango, ni kuhusu kibali.",
    # The feminine ordinal mark of a Portuguese abbreviation.
    "Você pode me apresentar à Sr.ª Brandt?",
    # A title of no gender between keeps the first one's.
    "Könnten Sie mich bitte mit Frau Dr. Brandt bekannt machen?",
]
# A man's title before "Weber", one ask in each language.
_TO_HIM = [
    "Könnten Sie mich bitte mit Herrn Weber bekannt machen?",
    "Could you introduce me to Mr Weber? It's about the permit.",
    "Pourriez-vous me présenter à M. Weber ? C'est pour le permis.",
    "Pourriez-vous me présenter à monsieur Weber ? C'est pour le permis.",
    "Você pode me apresentar ao senhor Weber, da prefeitura? É sobre a licença.",
    "Naomba unitambulishe kwa Bw. Weber wa idara ya mipango.",
    "¿Me podrías presentar con el Sr. Weber, de urbanismo?",
    "Könnten Sie mich bitte mit Herrn Prof. Weber bekannt machen?",
]


def _book(*entries: Address) -> MemoryAddressBook:
    return MemoryAddressBook([_JUERGEN, _ANNA, _OTHER, *entries])


@pytest.mark.parametrize("text", _TO_HER)
def test_a_womans_title_is_never_the_books_only_man_of_that_surname(text: str) -> None:
    result = understand(text, book=_book())
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email is None
    assert not result.confident


@pytest.mark.parametrize("text", _TO_HIM)
def test_a_mans_title_is_never_the_books_only_woman_of_that_surname(text: str) -> None:
    result = understand(text, book=_book())
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email is None
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Könnten Sie mich bitte mit Frau Weber bekannt machen?",
        "Could you introduce me to Mrs Weber?",
        "Could you introduce me to Miss Weber?",
        "Pourriez-vous me présenter à Madame Weber ?",
        "Pourriez-vous me présenter à Mlle Weber ?",
        "¿Podrías presentarme a la Sra. Weber?",
        "¿Podrías presentarme a la Srta. Weber?",
        "Você pode me apresentar à Sra. Weber?",
        "Você pode me apresentar à Sr.ª Weber?",
        "Você pode me apresentar à dona Weber?",
        "Naomba unitambulishe kwa Bi. Weber.",
        # A title of no gender between keeps the first one's.
        "Könnten Sie mich bitte mit Frau Dr. Weber bekannt machen?",
    ],
)
def test_a_womans_title_is_the_books_one_woman_of_that_surname(text: str) -> None:
    result = understand(text, book=_book())
    assert (result.a, result.b) == (_WRITER, Party("Anna Weber", "anna@weber.example"))
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Könnten Sie mich bitte mit Herrn Brandt bekannt machen?",
        "Könnten Sie mich bitte mit Herrn Dr. Brandt bekannt machen?",
        "Could you introduce me to Mr. Brandt?",
        "Pourriez-vous me présenter à M. Brandt ?",
        "Pourriez-vous me présenter à Monsieur Brandt ?",
        "Você pode me apresentar ao senhor Brandt?",
        "Naomba unitambulishe kwa Bw. Brandt.",
        "Naomba unitambulishe kwa bwana Brandt.",
        "¿Me podrías presentar con el señor Brandt?",
    ],
)
def test_a_mans_title_is_the_books_one_man_of_that_surname(text: str) -> None:
    result = understand(text, book=_book())
    assert (result.a, result.b) == (_WRITER, Party("Jürgen Brandt", "j.brandt@bauamt.example"))
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Könnten Sie mich bitte mit Dr. Brandt bekannt machen?",
        "Could you introduce me to Prof. Brandt?",
        "Could you introduce me to Mx Brandt?",
        "Pourriez-vous me présenter au Dr Brandt ?",
        "Naomba unitambulishe kwa Mwalimu Brandt.",
    ],
)
def test_a_title_of_no_gender_reads_as_before(text: str) -> None:
    result = understand(text, book=_book())
    assert result.b == Party("Jürgen Brandt", "j.brandt@bauamt.example")
    assert result.confident


@pytest.mark.parametrize(
    ("entry", "text"),
    [
        # First names given to women and to men alike.
        (Address("Kim Park", "kim@park.example"), "Could you introduce me to Mr Park?"),
        (Address("Kim Park", "kim@park.example"), "Could you introduce me to Ms Park?"),
        (
            Address("Andrea Park", "andrea@park.example"),
            "Könnten Sie mich bitte mit Herrn Park bekannt machen?",
        ),
        (
            Address("Sascha Park", "sascha@park.example"),
            "Könnten Sie mich bitte mit Frau Park bekannt machen?",
        ),
        (
            Address("Jean Park", "jean@park.example"),
            "Pourriez-vous me présenter à Madame Park ?",
        ),
        (
            Address("Jean Park", "jean@park.example"),
            "Pourriez-vous me présenter à M. Park ?",
        ),
        (Address("Amani Park", "amani@park.example"), "Naomba unitambulishe kwa Bi. Park."),
        # A first name the lists do not hold, an initial, and no first name.
        (Address("Zorbalind Park", "z@park.example"), "Could you introduce me to Mrs Park?"),
        (Address("J. Park", "j@park.example"), "Você pode me apresentar à senhora Park?"),
        # A hyphenated first name of an "either" name and a woman's.
        (
            Address("Kim-Anna Park", "ka@park.example"),
            "¿Podrías presentarme a la Sra. Park?",
        ),
    ],
)
def test_a_first_name_of_no_clear_gender_is_asked_about(entry: Address, text: str) -> None:
    result = understand(text, book=_book(entry))
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email is None
    assert not result.confident


def test_a_title_picks_the_one_of_its_gender_of_two_of_that_surname() -> None:
    book = _book(_PETRA)
    hyphenated = MemoryAddressBook(
        [
            Address("Sandrine Favre-Bulle", "s.favre-bulle@fidujura.example"),
            Address("Nicolas Favre", "nicolas.favre@fidujura.example"),
        ]
    )
    monsieur = understand("Pourriez-vous me présenter à Monsieur Favre ?", book=hyphenated)
    assert monsieur.b == Party("Nicolas Favre", "nicolas.favre@fidujura.example")
    assert monsieur.confident
    her = understand("Könnten Sie mich bitte mit Frau Brandt bekannt machen?", book=book)
    assert her.b == Party("Petra Brandt", "petra@brandt.example")
    assert her.confident
    him = understand("Could you introduce me to Mr Brandt?", book=book)
    assert him.b == Party("Jürgen Brandt", "j.brandt@bauamt.example")
    assert him.confident
    # A title of no gender names either of them: no one.
    either = understand("Could you introduce me to Dr Brandt?", book=book)
    assert either.b is not None and either.b.email is None
    assert not either.confident


def test_two_of_the_titles_gender_are_no_one() -> None:
    book = _book(Address("Klaus Brandt", "klaus@brandt.example"))
    result = understand("Könnten Sie mich bitte mit Herrn Brandt bekannt machen?", book=book)
    assert not result.confident


@pytest.mark.parametrize(
    ("text", "cc"),
    [
        # An address written next to the name, or told after it.
        ("Könnten Sie mich bitte mit Frau Brandt (j.brandt@bauamt.example) bekannt machen?", None),
        ("Could you introduce me to Mrs Brandt? Her address is j.brandt@bauamt.example.", None),
        # The one the headers name.
        (
            "Könnten Sie mich bitte mit Frau Brandt bekannt machen?",
            "Jürgen Brandt <j.brandt@bauamt.example>",
        ),
    ],
)
def test_a_name_the_mail_gives_an_address_reads_as_before(text: str, cc: str | None) -> None:
    result = understand(text, book=_book(), cc=cc)
    assert result.b is not None
    assert result.b.email == "j.brandt@bauamt.example"
    assert result.confident


def test_a_titled_full_name_is_read_whatever_its_title() -> None:
    # Only a surname alone is looked up by the title's gender.
    result = understand(
        "Könnten Sie mich bitte mit Frau Jürgen Brandt bekannt machen?", book=_book()
    )
    assert result.b == Party("Jürgen Brandt", "j.brandt@bauamt.example")
    assert result.confident
