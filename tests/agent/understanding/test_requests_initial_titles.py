"""The letter "D." before one listed first name alone is the title "Dona", "Dom", "Don" or "Doña"
("Podem apresentar o Tiago à D. Amélia?", "¿Podría presentarle a D. Joaquín?"): the one
the address book holds by that first name, as after "Dona". Before a surname ("D.
Cardoso") or a name the lists do not hold, the letter may be an initial and no title:
the book's one Cardoso is no certain "D. Cardoso", and "D. Smith (d.smith@...)" keeps
its name."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

SENDER = "Inês Barbosa <ines.barbosa@vinhos.example>"
TIAGO = Party("Tiago Fonseca", "tiago@garrafeira.example")


def _book() -> MemoryAddressBook:
    book = MemoryAddressBook()
    for name, email in (
        ("Amélia Cardoso", "amelia@fragaalta.example"),
        ("Tiago Ramos", "tiago.ramos@vinhosdonorte.example"),
        ("Joaquín Herrera", "jherrera@bodega.example"),
    ):
        book.add(Address(name, email))
    return book


@pytest.mark.parametrize(
    ("body", "other"),
    [
        (
            "Bom dia,\n\nPodem apresentar o Tiago Fonseca (tiago@garrafeira.example) à D. "
            "Amélia? Ela está aberta a novos clientes em Lisboa.\n\nObrigada!\nInês",
            Party("Amélia Cardoso", "amelia@fragaalta.example"),
        ),
        (
            "¿Podría presentar a Tiago Fonseca (tiago@garrafeira.example) a D. Joaquín?",
            Party("Joaquín Herrera", "jherrera@bodega.example"),
        ),
    ],
)
def test_d_before_a_first_name_is_a_title(body: str, other: Party) -> None:
    result = understand(body, sender=SENDER, book=_book())
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (TIAGO, other)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # A surname after the letter: an initial as likely, no one certain.
        "Could you introduce Tiago Fonseca (tiago@garrafeira.example) to D. Cardoso?",
        # A first name the book does not hold.
        "Podem apresentar o Tiago Fonseca (tiago@garrafeira.example) à D. Beatriz?",
    ],
)
def test_d_before_a_surname_or_an_unknown_one_is_unconfident(body: str) -> None:
    result = understand(body, sender=SENDER, book=_book())
    assert not result.confident


def test_an_initial_before_a_surname_keeps_its_name() -> None:
    result = understand("Could you introduce me to D. Smith (d.smith@acme.example)?")
    assert result.b == Party("D. Smith", "d.smith@acme.example")
