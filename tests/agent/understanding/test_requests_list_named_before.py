"""List items pairing people where no sentence asks for intros in so many words
("Two for you, both for Lina Okafor (lina@...): 1. Lina + Paulo Meireles (paulo@...)
2. Lina + Fatima Benali (...)"): a first name in an item that opens the one name the
mail gave with an address before the list is that person, written with it, so each
item is a pair. Two of that first name given with addresses, or none, and the items
name someone without an address."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

LINA = Party("Lina Okafor", "lina@okafor.example")
PAULO = Party("Paulo Meireles", "paulo@farol.example")
FATIMA = Party("Fatima Benali", "f.benali@wildgrass.example")


@pytest.mark.parametrize(
    "text",
    [
        "Two for you, both for Lina Okafor (lina@okafor.example).\n\n"
        "1. Lina + Paulo Meireles at Estúdio Farol (paulo@farol.example). They need foley.\n\n"
        "2. Lina + Fatima Benali at Wildgrass (f.benali@wildgrass.example). She needs a"
        " sound logo.\n\nThanks!",
        "Deux pour toi, les deux pour Lina Okafor (lina@okafor.example).\n\n"
        "1. Lina + Paulo Meireles (paulo@farol.example)\n"
        "2. Lina + Fatima Benali (f.benali@wildgrass.example)\n\nMerci !",
        "Dos para ti, ambas para Lina Okafor (lina@okafor.example).\n\n"
        "1. Lina y Paulo Meireles (paulo@farol.example)\n"
        "2. Lina y Fatima Benali (f.benali@wildgrass.example)\n\nGracias",
    ],
)
def test_first_name_given_with_an_address_before_the_list(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (LINA, PAULO)
    assert result.more == (Pair(LINA, FATIMA),)
    assert result.confident


def test_two_of_that_first_name_written_before_leave_it_open() -> None:
    result = understand(
        "Two for you, for Lina Okafor (lina@okafor.example) and Lina Berg"
        " (lina@berg.example).\n\n"
        "1. Lina + Paulo Meireles (paulo@farol.example)\n"
        "2. Lina + Fatima Benali (f.benali@wildgrass.example)\n"
    )
    assert not result.confident


def test_first_name_given_without_an_address_is_no_pair() -> None:
    result = understand(
        "Two for you, both for Lina Okafor.\n\n"
        "1. Lina + Paulo Meireles (paulo@farol.example)\n"
        "2. Lina + Fatima Benali (f.benali@wildgrass.example)\n"
    )
    assert not result.confident
