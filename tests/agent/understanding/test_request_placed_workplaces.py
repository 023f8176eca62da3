"""A workplace opened by a particle ("de chez Emballages Roy", "de Embalajes Roy", "von
Roy Verpackungen"), then a word saying where and one capitalised word before an address
("à Victoriaville (...)", "en Valencia (...)", "aus Villach (...)"): the place closes the
description of the one named before the workplace, so the address is theirs when it
spells their name and not the place's. A first name after "à" is someone asked for, and
an address spelling no one leaves the one described without it."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    ("body", "b"),
    [
        (
            "Pourriez-vous présenter Mathieu (mathieu@erabliere.example) à Stéphane Roy de"
            " chez Emballages Roy à Victoriaville (sroy@emballages.example) ?",
            Party("Stéphane Roy", "sroy@emballages.example"),
        ),
        (
            "Pourriez-vous présenter Mathieu (mathieu@erabliere.example) à Stéphane Roy de"
            " chez Victoriaville (sroy@emballages.example) ?",
            Party("Stéphane Roy", "sroy@emballages.example"),
        ),
        (
            "¿Podrías presentar a Mateo (mateo@bodega.example) a Esteban Roy de Embalajes Roy"
            " en Valencia (eroy@embalajes.example)?",
            Party("Esteban Roy", "eroy@embalajes.example"),
        ),
        (
            "Könnten Sie Mathias (mathias@mail.example) mit Stefan Roy von Roy Verpackungen aus"
            " Villach (sroy@roy.example) bekannt machen?",
            Party("Stefan Roy", "sroy@roy.example"),
        ),
        (
            "Could you introduce Matt (matt@farm.example) to Stephen Roy from Roy Packaging in"
            " Victoriaville (sroy@packaging.example)?",
            Party("Stephen Roy", "sroy@packaging.example"),
        ),
        (
            "Pode apresentar o Mateus (mateus@quinta.example) ao Estevão Roy, da Embalagens Roy"
            " em Braga (eroy@embalagens.example)?",
            Party("Estevão Roy", "eroy@embalagens.example"),
        ),
        (
            "Unaweza kumtambulisha Mathayo (mathayo@mail.example) kwa Stefano Roy wa Roy"
            " Packaging huko Arusha (sroy@roy.example)?",
            Party("Stefano Roy", "sroy@roy.example"),
        ),
    ],
)
def test_the_place_after_a_workplace_is_no_one(body: str, b: Party) -> None:
    assert confident_b(body) == b


def test_an_address_spelling_no_one_leaves_the_one_described_unsure() -> None:
    result = understand(
        "Pourriez-vous présenter Mathieu (mathieu@erabliere.example) à Stéphane Roy de chez"
        " Emballages Roy à Victoriaville (info@emballages.example) ?"
    )
    assert not result.confident
    assert result.b is None or result.b.name != "Victoriaville"


def test_a_first_name_after_a_is_someone_asked_for() -> None:
    result = understand(
        "Pourriez-vous présenter Jean Roy de chez Acme à Victor (jroy@acme.example) ?"
    )
    assert not result.confident


@pytest.mark.parametrize(
    ("body", "b"),
    [
        (
            "Pourriez-vous présenter Mathieu (mathieu@erabliere.example) à Victor Lalonde"
            " (vlalonde@conseil.example) ?",
            Party("Victor Lalonde", "vlalonde@conseil.example"),
        ),
        (
            "Pourriez-vous présenter Mathieu (mathieu@erabliere.example) à Charles de Gaulle"
            " (cdegaulle@republique.example) ?",
            Party("Charles de Gaulle", "cdegaulle@republique.example"),
        ),
    ],
)
def test_a_second_person_after_the_ask_keeps_the_address(body: str, b: Party) -> None:
    result = understand(body)
    assert result.b == b
    assert result.confident
