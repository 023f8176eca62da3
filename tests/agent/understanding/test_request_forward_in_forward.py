"""A mail forwarded inside a forward: the people of the inner mail's header block ("From:
Joost Verhagen <joost@...>", "Von:", "De :") are those the mails passed between, as the
outer forward's header's are, not people the writer left out of the ask. An address
written in the inner mail's text, or in the note, is still someone left out."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_KEES = Party("Kees van Dam", "kees@vandamfoods.example")
_AMINA = Party("Amina Juma", "amina@beachhotel.example")
_BOOK = MemoryAddressBook([Address("Amina Juma", "amina@beachhotel.example")])
_SENDER = "Pieter de Wit <pieter@maasfreight.example>"


def _mail(note: str, labels: tuple[str, str, str, str], inner_text: str) -> str:
    sender, sent, to, subject = labels
    return (
        f"{note}\n\nPieter\n\n-------- Forwarded Message --------\n"
        "Subject: FW: reefer capacity\nDate: Fri, 7 Nov 2025 10:03:11 +0000\n"
        f"From: Kees van Dam <kees@vandamfoods.example>\nTo: {_SENDER}\n\n"
        # Unsigned, the inner mail right below: all of it is the forwarded mail's text.
        "Pieter, see below. Do you know anybody in the hotel trade there?\n\n"
        f"{sender} Joost Verhagen <joost@verhagen-logistics.example>\n"
        f"{sent} Thursday, 6 November 2025 17:45\n"
        f"{to} Kees van Dam <kees@vandamfoods.example>\n{subject} reefer capacity\n\n"
        f"Kees,\n{inner_text}\nJoost\n"
    )


_EN = ("From:", "Sent:", "To:", "Subject:")
_DE = ("Von:", "Gesendet:", "An:", "Betreff:")
_FR = ("De :", "Envoyé :", "À :", "Objet :")
_ES = ("De:", "Enviado el:", "Para:", "Asunto:")
_PT = ("De:", "Enviada em:", "Para:", "Assunto:")
_ROUTE = "There is space on the 21st, then a feeder to the island. Pieter did this route."


@pytest.mark.parametrize(
    ("note", "labels"),
    [
        ("Please connect Kees van Dam (bottom mail) with Amina Juma, who buys for the hotel.", _EN),
        ("Bitte bringen Sie Kees van Dam (ganz unten) mit Amina Juma in Kontakt.", _DE),
        ("Pouvez-vous mettre Kees van Dam (tout en bas) en relation avec Amina Juma ?", _FR),
        ("¿Puedes poner en contacto a Kees van Dam (abajo) con Amina Juma?", _ES),
        ("Pode colocar o Kees van Dam (lá embaixo) em contato com a Amina Juma?", _PT),
        ("Tafadhali mtambulishe Kees van Dam (chini kabisa) kwa Amina Juma.", _EN),
    ],
    ids=["en", "de", "fr", "es", "pt", "sw"],
)
def test_inner_header_people_are_not_left_out(note: str, labels: tuple[str, ...]) -> None:
    result = understand(
        _mail(note, labels, _ROUTE),  # type: ignore[arg-type]
        sender=_SENDER,
        subject="Fwd: FW: reefer capacity",
        book=_BOOK,
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_KEES, _AMINA}
    assert result.confident


@pytest.mark.parametrize(
    "inner_text",
    [
        # Someone the inner mail writes with an address: perhaps meant too.
        "Ask Marloes Bakker (m.bakker@customs-agents.example), she did this route.",
        "Try the buyer at the hotel group, r.mwinyi@islandhotels.example, they need it.",
    ],
)
def test_an_address_in_the_inner_text_is_still_left_out(inner_text: str) -> None:
    note = "Please connect Kees van Dam (bottom mail) with Amina Juma, who buys for the hotel."
    result = understand(
        _mail(note, _EN, inner_text),
        sender=_SENDER,
        subject="Fwd: FW: reefer capacity",
        book=_BOOK,
    )
    assert not result.confident


def test_an_address_in_the_note_is_still_left_out() -> None:
    note = (
        "Please connect Kees van Dam (bottom mail) with Amina Juma, and with her deputy "
        "Hassan Ali (hassan@beachhotel.example) too."
    )
    result = understand(
        _mail(note, _EN, _ROUTE),
        sender=_SENDER,
        subject="Fwd: FW: reefer capacity",
        book=_BOOK,
    )
    assert not result.confident or {result.a, result.b} != {_KEES, _AMINA} or result.more
