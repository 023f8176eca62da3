"""A list where nothing asks for intros is read only for its items of people written with
addresses; once such an item makes it a list of pairs, an item of it pairing someone
without an address is read too, and the whole request asked about, never acted on for
the items with addresses alone ("- Kevin Tran <...> and Fatima Hassan <...>\\n- Kevin
again and Owen Price -- I don't have Owen's email"). With every item's addresses
written, the list is acted on as before; with none, nothing is read."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_LISTS = [
    (
        "Hi,\n\nThursday threw up a few people who should know each other. Could you do"
        " these?\n\n- Kevin Tran <kevin@tran.example> and Fatima Hassan <fatima@hassan.example>"
        " -- Fatima needs a cutter.\n- Kevin again and {other} -- Owen needs an instructor."
        "\n\nThanks\nAnn",
        Party("Kevin Tran", "kevin@tran.example"),
        "Owen Price",
    ),
    (
        "Bonjour,\n\nQuelques personnes à rapprocher :\n\n- Claire Martin"
        " (claire@martin.example) avec Yves Konan (yves@konan.example) : ils montent une"
        " brasserie.\n- Claire encore avec {other} : pour le financement.\n\nMerci\nAnn",
        Party("Claire Martin", "claire@martin.example"),
        "Rui Costa",
    ),
    (
        "Hola:\n\n- Lucía Gómez (lucia@gomez.example) con Pablo Ruiz (pablo@ruiz.example).\n"
        "- Lucía otra vez con {other} sobre el local.\n\nGracias\nAnn",
        Party("Lucía Gómez", "lucia@gomez.example"),
        "Marta Díaz",
    ),
    (
        "Hallo,\n\n- Petra Schmitt (petra@schmitt.example) mit Tom Becker (tom@becker.example)."
        "\n- Petra nochmal mit {other} wegen der Halle.\n\nDanke\nAnn",
        Party("Petra Schmitt", "petra@schmitt.example"),
        "Jonas Weber",
    ),
    (
        "Olá,\n\n- Ana Souza (ana@souza.example) com o Rui Lima (rui@lima.example): os dois"
        " torram café.\n- Ana de novo com o {other} sobre o café.\n\nObrigada\nAnn",
        Party("Ana Souza", "ana@souza.example"),
        "Paulo Reis",
    ),
    (
        "Habari,\n\n- Juma Said (juma@said.example) na Amina Ali (amina@ali.example): wote"
        " wanalima kahawa.\n- Juma tena na {other} kuhusu kahawa.\n\nAsante\nAnn",
        Party("Juma Said", "juma@said.example"),
        "Baraka Mwangi",
    ),
]


@pytest.mark.parametrize(("body", "first", "other"), _LISTS)
def test_an_item_without_an_address_is_a_pair_asked_about(
    body: str, first: Party, other: str
) -> None:
    result = understand(body.format(other=other))
    assert result.kind == "intro_request"
    assert result.a == first
    assert [(pair.a, pair.b) for pair in result.more] == [(first, Party(other, None))]
    assert not result.confident


@pytest.mark.parametrize(("body", "first", "other"), _LISTS)
def test_a_list_with_every_address_is_acted_on(body: str, first: Party, other: str) -> None:
    email = other.split()[0].casefold() + "@x.example"
    result = understand(body.format(other=f"{other} ({email})"))
    assert [(pair.a, pair.b) for pair in result.more] == [(first, Party(other, email))]
    assert result.confident


def test_a_list_without_addresses_where_nothing_asks_reads_nothing() -> None:
    result = understand(
        "Notes from Thursday:\n\n- Kevin Tran and Fatima Hassan -- plasma cutter.\n"
        "- Kevin again and Owen Price -- welding course.\n\nAnn"
    )
    assert result.kind == "not_a_request"
