"""Addresses a mail gives below its text: a card's fields signing it ("N:Athman;Omar
... EMAIL;TYPE=WORK:omar.athman@...")."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.request_model import Party
from agent.understanding.request_told import vcard_addresses
from tests.agent.understanding.test_requests import understand

_CARDS = (
    "\n\nZahra\n\nBEGIN:CONTACTS\nN:Mwinyi;Zahra\nTITLE:Principal Architect\n"
    "EMAIL;TYPE=WORK:zahra@mwinyi.example\nTEL;TYPE=CELL:+254 722 000 418\n--\n"
    "N:Athman;Omar\nTITLE:Project Architect\nEMAIL;TYPE=WORK:omar.athman@mwinyi.example\n"
    "TEL;TYPE=CELL:+254 733 000 905\nEND:CONTACTS\n"
)
_OMAR = Party("Omar Athman", "omar.athman@mwinyi.example")
_SALMA = Party("Salma Khamis", "salma@heritage.example")


@pytest.mark.parametrize(
    "ask",
    [
        "Could you please introduce Omar (details in the signature below) to Salma Khamis"
        " (salma@heritage.example)?",
        "Pourriez-vous présenter Omar (coordonnées en signature) à Salma Khamis"
        " (salma@heritage.example) ?",
        "¿Podrías presentar a Omar (datos en la firma) a Salma Khamis (salma@heritage.example)?",
        "Könnten Sie Omar (Daten in der Signatur) mit Salma Khamis (salma@heritage.example)"
        " bekannt machen?",
        "Podes apresentar o Omar (dados na assinatura) à Salma Khamis (salma@heritage.example)?",
        "Tafadhali mtambulishe Omar (maelezo kwenye sahihi) kwa Salma Khamis"
        " (salma@heritage.example).",
    ],
)
def test_a_cards_fields_signing_the_mail_give_the_one_named_his_address(ask: str) -> None:
    result = understand(ask + _CARDS, sender="Zahra Mwinyi <zahra@mwinyi.example>")
    assert {result.a, result.b} == {_OMAR, _SALMA}
    assert result.confident


def test_card_fields_are_read_by_their_structured_name() -> None:
    assert vcard_addresses(_CARDS) == [
        Address("Zahra Mwinyi", "zahra@mwinyi.example"),
        Address("Omar Athman", "omar.athman@mwinyi.example"),
    ]


@pytest.mark.parametrize(
    "cards",
    [
        # Two addresses in one card, or no rule between two cards.
        "N:Athman;Omar\nEMAIL:omar@a.example\nEMAIL:omar@b.example\n",
        "N:Athman;Omar\nEMAIL:omar@a.example\nN:Said;Ali\nEMAIL:ali@a.example\n",
        # A plain signature's labels are no card.
        "Omar Athman\nTEL: +254 733 000 905\nEMAIL: omar.athman@mwinyi.example\n",
        # A name of one word.
        "N:Omar\nEMAIL:omar@a.example\n",
    ],
)
def test_card_fields_tie_nothing_uncertain(cards: str) -> None:
    assert vcard_addresses(cards) == []
