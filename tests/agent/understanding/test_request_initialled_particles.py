"""An address may spell a name by the initials of every word before the surname's last,
its particles too, then that word ("pvdmerwe@" for Pieter van der Merwe, "mdlcruz@" for
María de la Cruz): after where that one works, it is theirs."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

SENDER = "Ayanda Nkosi <ayanda@supplies.example>"
ME = Party("Ayanda Nkosi", "ayanda@supplies.example")


@pytest.mark.parametrize(
    ("ask", "them"),
    [
        (
            "Could you introduce me to Pieter van der Merwe at False Bay College"
            " (pvdmerwe@falsebay.example)? We want to open a student account.",
            Party("Pieter van der Merwe", "pvdmerwe@falsebay.example"),
        ),
        (
            "¿Podrías presentarme a María de la Cruz en Farmacias Sol (mdlcruz@sol.example)?"
            " Queremos abrir una cuenta.",
            Party("María de la Cruz", "mdlcruz@sol.example"),
        ),
        (
            "Könnten Sie mich mit Jan van den Berg bei Berg Installatie (jvdberg@berg.example)"
            " bekannt machen?",
            Party("Jan van den Berg", "jvdberg@berg.example"),
        ),
    ],
)
def test_initials_and_last_word_spell_the_one_named(ask: str, them: Party) -> None:
    result = understand(ask, sender=SENDER)
    assert (result.a, result.b) == (ME, them)
    assert result.confident


@pytest.mark.parametrize(
    "address",
    ["info@falsebay.example", "pvdberg@falsebay.example", "vdmerwe.admin@falsebay.example"],
)
def test_an_address_spelling_other_initials_or_none_stays_the_firms(address: str) -> None:
    result = understand(
        f"Could you introduce me to Pieter van der Merwe at False Bay College ({address})?",
        sender=SENDER,
    )
    assert not result.confident
