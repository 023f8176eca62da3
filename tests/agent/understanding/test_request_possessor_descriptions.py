"""Someone described after a comma by whose they are ("Lena Moss, the Canadian client of
Mrs Tremblay", "la cliente de Mme Tremblay", "a cliente da Sra. Tremblay") is the one to
meet: the possessor, named without an address, is no one more, in every language, even
where the address book knows her; a further person listed after a conjunction still is."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

TOM = Party("Tom Reed", "tom@reed.example")
LENA = Party("Lena Moss", "lena@moss.example")
BOOK = MemoryAddressBook([Address("Gabrielle Tremblay", "gt@tremblay.example")])


@pytest.mark.parametrize(
    "body",
    [
        "Could you connect Tom Reed (tom@reed.example) with Lena Moss (lena@moss.example),"
        " the client of Mrs Tremblay?",
        "Pouvez-vous mettre en relation Tom Reed (tom@reed.example) avec Lena Moss"
        " (lena@moss.example), la cliente canadienne de Mme Tremblay ?",
        "¿Puedes poner en contacto a Tom Reed (tom@reed.example) con Lena Moss"
        " (lena@moss.example), la clienta de la Sra. Tremblay?",
        "Pode pôr o Tom Reed (tom@reed.example) em contacto com a Lena Moss"
        " (lena@moss.example), a cliente canadiana da Sra. Tremblay?",
        "Kannst du Tom Reed (tom@reed.example) mit Lena Moss (lena@moss.example), der"
        " Kundin von Frau Tremblay, bekannt machen?",
        "Tafadhali mkutanishe Tom Reed (tom@reed.example) na Lena Moss (lena@moss.example),"
        " mteja wa Bi. Tremblay.",
    ],
)
def test_the_possessor_is_no_one_more(body: str) -> None:
    result = understand(body, book=BOOK)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (TOM, LENA)
    assert result.more == ()
    assert result.confident


def test_one_more_listed_after_a_conjunction_is_still_asked_for() -> None:
    result = understand(
        "Could you connect Tom Reed (tom@reed.example) with Lena Moss (lena@moss.example),"
        " the client of Mrs Tremblay, and Bob Ray (bob@ray.example)?",
        book=BOOK,
    )
    assert not result.confident
