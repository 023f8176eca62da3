"""A group of people as an ask's object, then a colon and its members ("Connect me with the
Acme founders: Ana Lopes (...) and Rui Costa (...)"): the writer asks to meet each of them,
one pair per member, as "connect me with Ana (...) and Rui (...)" does. Only where every
item of the list is a name or an address and the list closes the sentence; members named
without an address are asked about. A list of things, a group that names no people, one
member, or a list going on after its last person change nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

WRITER = Party("Ann Lee", "ann@lee.example")
ANA = Party("Ana Lopes", "ana@acme.example")
RUI = Party("Rui Costa", "rui@acme.example")
LI = Party("Li Wei", "li@acme.example")
_ANA = "Ana Lopes (ana@acme.example)"
_RUI = "Rui Costa (rui@acme.example)"
_LI = "Li Wei <li@acme.example>"


@pytest.mark.parametrize(
    "body",
    [
        f"Hi, connect me with the Acme founders: {_ANA} and {_RUI}. I want to talk supply chains.",
        f"Could you introduce me to the Acme team: {_ANA}, {_RUI}?",
        f"Hallo, stell mich bitte den Acme-Gründern vor: {_ANA} und {_RUI}.",
        f"Könnten Sie mich mit den Gründern von Acme in Kontakt bringen: {_ANA} und {_RUI}?",
        f"Hola, ¿me pones en contacto con los socios de Acme: {_ANA} y {_RUI}?",
        f"Oi, me conecta aos sócios da Acme: {_ANA} e {_RUI}.",
        f"Bonjour, mets-moi en relation avec les associés d'Acme : {_ANA} et {_RUI}.",
        f"Pourriez-vous me présenter aux fondateurs d'Acme : {_ANA} et {_RUI} ?",
        f"Habari, naomba uniunganishe na waanzilishi wa Acme: {_ANA} na {_RUI}.",
    ],
)
def test_each_member_of_the_group_is_a_pair_with_the_writer(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (WRITER, ANA)
    assert [(pair.a, pair.b) for pair in result.more] == [(WRITER, RUI)]
    assert result.confident


def test_three_members_are_three_pairs() -> None:
    result = understand(f"Please put me in touch with the Acme people: {_ANA}, {_RUI} and {_LI}.")
    assert (result.a, result.b) == (WRITER, ANA)
    assert [(pair.a, pair.b) for pair in result.more] == [(WRITER, RUI), (WRITER, LI)]
    assert result.confident


def test_members_named_without_addresses_are_asked_about() -> None:
    result = understand("Connect me with the Acme founders: Ana Lopes and Rui Costa.")
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.name == "Ana Lopes"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        # A list of things, no group of people.
        "Connect me with the Acme products: Widget Pro (sales@acme.example) and the API.",
        # The list goes on after its last person.
        f"Connect me with the Acme founders: {_ANA} and {_RUI}, who run sales in Lisbon.",
        # An item of the list is no person.
        f"Connect me with the Acme team: {_ANA} and the sales desk.",
        # One member only.
        f"Connect me with the Acme founders: {_ANA}.",
    ],
)
def test_no_pair_of_the_members_is_certain(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"Please don't connect me with the Acme founders: {_ANA} and {_RUI}.",
        f"Bitte stell mich nicht den Acme-Gründern vor: {_ANA} und {_RUI}.",
        f"I met the Acme founders: {_ANA} and {_RUI}.",
        f"Los socios de Acme son: {_ANA} y {_RUI}.",
    ],
)
def test_a_group_listed_outside_an_ask_asks_nothing(body: str) -> None:
    result = understand(body)
    assert not (result.kind == "intro_request" and result.confident)
