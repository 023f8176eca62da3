"""After a title and a surname alone ("Frau Huber", "Herrn Brandt"), a particle and an
article lead to where that one works ("von der Marien-Apotheke", "von der Sparkasse"),
as after a first name and a surname: the surname is the one the address book knows by
it. A noble particle an address spells with the name stays the name's ("Frau Dr.
Annelies van der Berg (annelies.vanderberg@...)")."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_THERESA = Address("Theresa Huber", "t.huber@marien-apotheke.example")
_FRANZ = Address("Franz Huber", "franz.huber@feuerwehr.example")


@pytest.mark.parametrize(
    ("title", "who"),
    [("Frau", _THERESA), ("Frau Dr.", _THERESA), ("frau", _THERESA), ("Herrn", _FRANZ)],
)
def test_a_titled_surname_from_a_workplace_is_the_book_one(title: str, who: Address) -> None:
    result = understand(
        f"bitte verbinden Sie mich mit {title} Huber von der Marien-Apotheke in der "
        "Altstadt. Es geht um die Heimversorgung.",
        book=MemoryAddressBook([_FRANZ, _THERESA]),
    )
    assert result.kind == "intro_request"
    assert result.b == Party(who.name, who.email)
    assert result.confident


def test_a_surname_alone_without_a_title_is_not_certain() -> None:
    result = understand(
        "bitte verbinden Sie mich mit Huber von der Marien-Apotheke. Danke.",
        book=MemoryAddressBook([_FRANZ, _THERESA]),
    )
    assert not result.confident


def test_a_noble_particle_spelled_by_the_address_stays_the_name() -> None:
    result = understand(
        "Könnten Sie Herrn Reto Brändli (reto.braendli@alpbau.example) mit Frau Dr. "
        "Annelies van der Berg (annelies.vanderberg@holz.example) bekannt machen?"
    )
    assert result.b == Party("Annelies van der Berg", "annelies.vanderberg@holz.example")
