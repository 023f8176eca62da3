"""A plea to bring two people together, the German separable verb around them ("bring doch
bitte Mareike und Stefan zusammen", "Bringen Sie bitte ... zusammen"), "please bring ...
together", "could you bring ... together", "podes juntar a ... e o ...", pairs the two;
by first names alone, each once in the address book, certainly. A statement of the
writer's own doing ("ich bringe ... zusammen", "I'll bring ... together"), a negation, a
place after it ("zusammen zum Bahnhof", "together to the station") or a first name two
people in the book share asks no certain pair."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


def _book(*extra: Address) -> MemoryAddressBook:
    return MemoryAddressBook(
        [
            Address("Mareike Jansen", "mareike@cafe-jansen.example"),
            Address("Stefan Wolff", "stefan@wolff-web.example"),
            Address("Katrin Wolff", "katrin.wolff@gmx.example"),
            *extra,
        ]
    )


@pytest.mark.parametrize(
    "body",
    [
        "Moin,\n\nbring doch bitte Mareike und Stefan zusammen. Mareike sucht für ihr Café"
        " noch jemanden, der die Website macht.\n\nDanke dir!\nFelix",
        "Bitte bringt Mareike und Stefan zusammen.",
        "Bringen Sie bitte Mareike und Stefan zusammen, danke.",
        "Hi, please bring Mareike and Stefan together. Mareike needs a website.",
        "Could you bring Mareike and Stefan together?",
        "Olá, podes juntar a Mareike e o Stefan? A Mareike procura alguém para o site.",
    ],
)
def test_bringing_two_together_pairs_them(body: str) -> None:
    result = understand(body, book=_book())
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {
        Party("Mareike Jansen", "mareike@cafe-jansen.example"),
        Party("Stefan Wolff", "stefan@wolff-web.example"),
    }
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Hallo, ich bringe Mareike und Stefan zusammen.",
        "Hallo, bring Mareike und Stefan nicht zusammen.",
        "Hallo, bringen Sie Mareike und Stefan zusammen zum Bahnhof, bitte.",
        "Hi, I'll bring Mareike and Stefan together next week.",
        "Hi, please bring Mareike and Stefan together to the station.",
    ],
)
def test_no_plea_to_bring_them_together_pairs_no_one(body: str) -> None:
    result = understand(body, book=_book())
    assert not result.confident


def test_a_shared_first_name_is_no_one_certain() -> None:
    result = understand(
        "Moin, bring doch bitte Mareike und Stefan zusammen.",
        book=_book(Address("Stefan Braun", "sb@braun.example")),
    )
    assert result.kind == "intro_request"
    assert not result.confident
