"""Addresses a mail gives below its text: a card's fields signing it ("N:Athman;Omar
... EMAIL;TYPE=WORK:omar.athman@..."), and the signature block of the one an assistant
writes for ("--\\nChief Olumide Adebayo, FCILT\\n...\\nolumide.adebayo@..."); and an
address the writer says where they found ("I have checked Ms. Anna Kurian's email id
from her website, it is ...")."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.request_model import Party
from agent.understanding.request_told import signed_block_addresses, vcard_addresses
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


_BLOCK = (
    "\n\nBest regards,\n\nBlessing Eze\nExecutive Assistant to the MD\n\n--\n"
    "Chief Olumide Adebayo, FCILT\nManaging Director / CEO\nAdebayo Logistics Ltd\n"
    "olumide.adebayo@adebayo.example\n+234 1 000 7720\n"
)
_OLUMIDE = Party("Olumide Adebayo", "olumide.adebayo@adebayo.example")
_FUNMI = Party("Funmilayo Okonkwo", "f.okonkwo@terminal.example")


@pytest.mark.parametrize(
    "ask",
    [
        "I am writing on behalf of my principal, Chief Olumide Adebayo. He has asked that you"
        " kindly introduce him to Mrs. Funmilayo Okonkwo (f.okonkwo@terminal.example).",
        "Je vous écris au nom de Chief Olumide Adebayo. Pourriez-vous le présenter à"
        " Mme Funmilayo Okonkwo (f.okonkwo@terminal.example) ?",
        "Le escribo de parte de Chief Olumide Adebayo. ¿Podría presentarle a la Sra."
        " Funmilayo Okonkwo (f.okonkwo@terminal.example)?",
        "Ich schreibe im Auftrag von Chief Olumide Adebayo. Könnten Sie ihn mit Frau"
        " Funmilayo Okonkwo (f.okonkwo@terminal.example) bekannt machen?",
        "Escrevo em nome de Chief Olumide Adebayo. Pode apresentá-lo à Sra."
        " Funmilayo Okonkwo (f.okonkwo@terminal.example)?",
        "Naandika kwa niaba ya Chief Olumide Adebayo. Tafadhali mtambulishe kwa"
        " Bi. Funmilayo Okonkwo (f.okonkwo@terminal.example).",
    ],
)
def test_the_block_of_the_one_written_for_gives_his_address(ask: str) -> None:
    result = understand(ask + _BLOCK, sender="Blessing Eze <blessing.eze@adebayo.example>")
    assert (result.a, result.b) == (_OLUMIDE, _FUNMI)
    assert result.confident


@pytest.mark.parametrize(
    "block",
    [
        # An address spelling someone else, or two addresses.
        "--\nChief Olumide Adebayo, FCILT\nsales@adebayo.example\n",
        "--\nChief Olumide Adebayo\nolumide.adebayo@adebayo.example\nooa@adebayo.example\n",
        # A line saying more than the name.
        "--\nChief Olumide Adebayo, Managing Director\nolumide.adebayo@adebayo.example\n",
        # The same name signing two blocks with other addresses.
        "Olumide Adebayo\nolumide.adebayo@adebayo.example\n\nOlumide Adebayo\n"
        "adebayo@other.example\n",
    ],
)
def test_a_block_ties_nothing_uncertain(block: str) -> None:
    assert signed_block_addresses(block, ["Olumide Adebayo"]) == []


def test_without_a_proxy_phrase_a_block_below_gives_no_one_written_for() -> None:
    result = understand(
        "Please introduce him to Mrs. Funmilayo Okonkwo (f.okonkwo@terminal.example)." + _BLOCK,
        sender="Blessing Eze <blessing.eze@adebayo.example>",
    )
    assert not result.confident


_ANNA = Party("Anna Kurian", "desk@malabar.example")
_ASKED = "Could you introduce me to Ms. Anna Kurian, the translator? "


@pytest.mark.parametrize(
    "said",
    [
        "I have checked Ms. Anna Kurian's email id from her website, it is desk@malabar.example.",
        "I found her email on her website, it's desk@malabar.example.",
        "J'ai trouvé l'adresse de Mme Anna Kurian sur son site, c'est desk@malabar.example.",
        "He encontrado el correo de Anna Kurian en su web, es desk@malabar.example.",
        "Ich habe ihre Adresse auf ihrer Website gefunden, sie lautet desk@malabar.example.",
        "Encontrei o e-mail da Anna Kurian no site dela, é desk@malabar.example.",
        "Nimeangalia barua pepe ya Anna Kurian kwenye tovuti yake, ni desk@malabar.example.",
    ],
)
def test_an_address_the_writer_says_they_found_is_the_ones_named(said: str) -> None:
    result = understand(_ASKED + said)
    assert result.b == _ANNA
    assert result.confident


@pytest.mark.parametrize(
    "said",
    [
        # Found, but the writer doubts it.
        _ASKED + "I have checked Anna Kurian's email from a list, it is probably"
        " desk@malabar.example.",
        # "Her" may be either of two named before.
        "Could you introduce me to Ms. Anna Kurian or to Ms. Rosa Quint? I found her email"
        " on her website, it's desk@malabar.example.",
    ],
)
def test_a_found_address_not_surely_the_ones_named_ties_nothing(said: str) -> None:
    result = understand(said)
    assert not result.confident


@pytest.mark.parametrize(
    "said",
    [
        "J'ai trouvé l'adresse de Mme Anna Kurian et Rosa Quint sur le site, c'est"
        " desk@malabar.example.",
        "He encontrado el correo de Anna Kurian en la web de Rosa Quint, es desk@malabar.example.",
    ],
)
def test_a_found_address_beside_another_name_ties_nothing(said: str) -> None:
    result = understand(_ASKED + said)
    assert not result.confident
