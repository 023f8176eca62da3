"""A description before a name may hold a word joined by a hyphen ("ma petite-fille Léa
Castaing", "mon beau-frère Paul Roy", "my co-founder Raj Iyer", "mi ex-socia", "meine
Ex-Kollegin", "a minha ex-sócia"): the hyphen is inside the word, no dash after which only
the person may come. A dash between spaces still ends the description ("my friend -
Tom Hall"), and a hyphen never makes a person of a word."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

LEA = Party("Léa Castaing", "lea.castaing@etu.example")
PAUL = Party("Paul Roy", "paul@roy.example")


@pytest.mark.parametrize(
    "body",
    [
        "Pouvez-vous présenter ma petite-fille Léa Castaing (lea.castaing@etu.example) à mon "
        "beau-frère Paul Roy (paul@roy.example) ?",
        "Could you introduce my step-daughter Léa Castaing (lea.castaing@etu.example) to my "
        "co-founder Paul Roy (paul@roy.example)?",
        "¿Podrías presentar a mi ex-socia Léa Castaing (lea.castaing@etu.example) a Paul Roy "
        "(paul@roy.example)?",
        "Könntest du meine Ex-Kollegin Léa Castaing (lea.castaing@etu.example) mit Paul Roy "
        "(paul@roy.example) bekannt machen?",
        "Podes apresentar a minha ex-sócia Léa Castaing (lea.castaing@etu.example) ao Paul Roy "
        "(paul@roy.example)?",
    ],
)
def test_a_hyphenated_word_of_a_description(body: str) -> None:
    result = understand(body)
    assert (result.a, result.b) == (LEA, PAUL)
    assert result.confident


def test_a_forward_note_asking_for_one_without_an_address_is_asked_about() -> None:
    result = understand(
        "Pouvez-vous présenter ma petite-fille Léa Castaing (lea.castaing@etu.example) à son "
        "fils Mathieu Bessière ? Je n'ai pas l'adresse de Mathieu."
    )
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (LEA, Party("Mathieu Bessière", None))
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        # The name is the one described; "petite-fille" alone names no one.
        "Pouvez-vous présenter ma petite-fille à Paul Roy (paul@roy.example) ?",
        "Could you introduce my step-daughter to Paul Roy (paul@roy.example)?",
    ],
)
def test_a_description_without_a_name_is_no_certain_person(body: str) -> None:
    assert not understand(body).confident
