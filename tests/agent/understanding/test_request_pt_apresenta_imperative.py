"""The Portuguese imperative "Apresenta a Beatriz ao Rui" (and "Apresentas ...?", "Por
favor, apresenta ...") opening a sentence asks for an intro of the two people named after
the articles; "apresenta" later in a sentence tells (a subject before it: "Ele sempre
apresenta a Beatriz ao Rui"), and a thing after the article ("Apresenta a proposta ao
cliente") is no person."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_BOOK = MemoryAddressBook(
    [
        Address("Beatriz Sampaio", "beatriz@sampaio.example"),
        Address("Rui Tavares", "rui@tavares.example"),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "Apresenta a Beatriz ao Rui, por favor? O Rui está a mudar os rótulos dos vinhos.",
        "Bom dia,\n\nApresentas a Beatriz ao Rui? Acho que se vão entender.",
        "Por favor, apresenta a Beatriz ao Rui. Ele precisa de uma designer.",
        "Olá! Apresenta a Beatriz ao Rui, ela fez o rebranding da Quinta do Vale.",
    ],
)
def test_the_imperative_opening_a_sentence_asks_for_the_two_named(text: str) -> None:
    result = understand(text, book=_BOOK)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (
        Party("Beatriz Sampaio", "beatriz@sampaio.example"),
        Party("Rui Tavares", "rui@tavares.example"),
    )
    assert result.confident


def test_names_written_whole_without_the_book_are_the_pair_asked_about() -> None:
    result = understand("Apresenta a Beatriz Sampaio ao Rui Tavares, por favor?")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (Party("Beatriz Sampaio", None), Party("Rui Tavares", None))
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        # A thing after the article, no person.
        "Apresenta a proposta ao cliente, por favor.",
        "Apresenta o orçamento ao Rui amanhã, por favor.",
        # Told, a subject before the verb.
        "Ele sempre apresenta a Beatriz ao Rui como a melhor designer.",
    ],
)
def test_a_thing_or_the_verb_after_a_subject_is_no_such_ask(text: str) -> None:
    result = understand(text, book=_BOOK)
    assert not (result.kind == "intro_request" and result.confident)
    assert {result.a, result.b} != {
        Party("Beatriz Sampaio", "beatriz@sampaio.example"),
        Party("Rui Tavares", "rui@tavares.example"),
    }
