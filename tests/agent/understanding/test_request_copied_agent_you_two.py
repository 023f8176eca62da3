"""A mail to one person, the agent copied "so it can put you two in touch": "you two" are
the one written to and the one other person named before it. Named in full and known to
the address book under one address, that one is certain ("my cousin Rafael Duarte built
our whole counter ... I'm copying my intro agent so it can put you two in touch"); a
first name alone, two people named before, or someone named only after it is asked
about or pairs no one."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import Address, ParsedMessage, parse_message
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
SAM = Party("Sam Ortiz", "sam@ortizcycles.example")
RAFAEL = Party("Rafael Duarte", "rafa@duartejoinery.example")
BOOK = MemoryAddressBook(
    [
        Address("Rafaela Moss", "rafaela.moss@mail.example"),
        Address("Rafael Duarte", "rafa@duartejoinery.example"),
        Address("Sam Ortiz", "sam@ortizcycles.example"),
    ]
)
_QUOTE = (
    "\n\n> On Nov 5, 2025, at 6:41 PM, Sam Ortiz <sam@ortizcycles.example> wrote:\n>\n"
    "> We're doing a coffee corner and I need someone who can build a counter. Who did yours?\n"
)


def mail(body: str) -> ParsedMessage:
    message = EmailMessage()
    message["From"] = "Priscilla Hahn <priscilla@hahnsbakery.example>"
    message["To"] = "Sam Ortiz <sam@ortizcycles.example>"
    message["Cc"] = AGENT
    message["Subject"] = "Re: coffee corner - who did your counter?"
    message["In-Reply-To"] = "<701B0DF1@ortizcycles.example>"
    message.set_content(body + _QUOTE)
    return parse_message(message.as_bytes())


def understand(body: str, book: MemoryAddressBook = BOOK) -> RequestResult:
    return understand_request(mail(body), AGENT, book)


@pytest.mark.parametrize(
    "body",
    [
        "Sam!! Yes - my cousin Rafael Duarte built our whole counter. I'm copying my intro "
        "agent so it can put you two in touch properly (it asks you both first).\n\nGood luck, "
        "I'll be your first customer. Well, second. After Dave.\n\nP.",
        "Sam, c'est mon cousin Rafael Duarte qui a fait notre comptoir. Je mets mon agent "
        "d'intro en copie pour vous mettre en relation tous les deux.\n\nP.",
        "Sam, fue mi primo Rafael Duarte quien hizo nuestro mostrador. Te copio a mi asistente "
        "de presentaciones para que os ponga en contacto a los dos.\n\nP.",
        "Sam, unsere Theke hat mein Cousin Rafael Duarte gebaut. Ich setze meinen "
        "Intro-Assistenten in Kopie, damit er euch beide in Kontakt bringt.\n\nP.",
        "Sam, foi o meu primo Rafael Duarte que fez o nosso balcão. Coloquei o meu agente de "
        "apresentações em cópia para vos pôr em contacto aos dois.\n\nP.",
        "Sam, kaunta yetu ilitengenezwa na binamu yangu Rafael Duarte. Nimemweka msaidizi "
        "wangu wa utambulisho kwenye nakala ili awaunganishe nyinyi wawili.\n\nP.",
    ],
)
def test_the_one_named_in_full_before_you_two_is_the_other(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {SAM, RAFAEL}
    assert result.confident


def test_the_reason_is_what_is_said_of_them() -> None:
    result = understand(
        "Sam!! Yes - my cousin Rafael Duarte built our whole counter and the display case. "
        "I'm copying my intro agent so it can put you two in touch properly (it asks you both "
        "first, don't panic).\n\nP."
    )
    assert result.context is not None
    assert "counter" in result.context


def test_a_first_name_alone_is_asked_about() -> None:
    book = MemoryAddressBook([Address("Rafael Duarte", "rafa@duartejoinery.example")])
    result = understand(
        "Sam!! Yes - my cousin Rafael built our whole counter. I'm copying my intro agent so "
        "it can put you two in touch.\n\nP.",
        book,
    )
    assert result.kind == "intro_request"
    assert not result.confident


def test_a_full_name_the_book_does_not_know_is_asked_about() -> None:
    result = understand(
        "Sam!! Yes - my cousin Rafael Duarte built our whole counter. I'm copying my intro "
        "agent so it can put you two in touch.\n\nP.",
        MemoryAddressBook([]),
    )
    assert result.kind == "intro_request"
    assert not result.confident


def test_two_named_before_pair_no_one_for_sure() -> None:
    result = understand(
        "Sam!! Rafael Duarte built our counter, but Dave Kemp did the display case. I'm "
        "copying my intro agent so it can put you two in touch.\n\nP."
    )
    assert result.kind == "intro_request"
    assert not result.confident


def test_one_named_only_after_you_two_is_not_the_other() -> None:
    result = understand(
        "Sam!! Yes, I know just the person. I'm copying my intro agent so it can put you two "
        "in touch. Rafael Duarte built our counter, by the way.\n\nP."
    )
    assert not (result.kind == "intro_request" and result.confident)
