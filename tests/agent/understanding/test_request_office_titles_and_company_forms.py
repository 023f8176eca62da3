"""German office titles and company legal forms around a name: "im Auftrag von Herrn
Landrat Georg Lechner" names Georg Lechner ("Landrat", "Bürgermeisterin" are titles, as
"Botschafter" is), the period of "GmbH & Co. KG" ends no sentence, and "der" inside a
description ("Geschäftsführerin der Wendel Logistik KG (a.wendel@...)") is an article,
not a relative clause: the address closing the description is the one described."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WENDEL = Party("Anja Wendel", "a.wendel@wendel-logistik.example")


@pytest.mark.parametrize(
    "firm",
    [
        "Wendel Logistik GmbH & Co. KG",
        "Wendel Logistik GmbH & Co KG",
        "Wendel Logistik KG",
        "Wendel Logistik GmbH",
    ],
)
def test_address_after_a_description_naming_a_firm_with_its_legal_form(firm: str) -> None:
    result = understand(
        f"Hallo,\n\nkönnten Sie mich Frau Anja Wendel, Geschäftsführerin der {firm}"
        " (a.wendel@wendel-logistik.example), vorstellen? Es geht um ein Lager.\n\nDanke\nAnn Lee"
    )
    assert result.kind == "intro_request"
    assert result.b == _WENDEL
    assert result.confident


def test_relative_clause_after_a_comma_still_leaves_the_address_to_its_own() -> None:
    # "der" after a comma opens a clause about someone else, who the address spells.
    result = understand(
        "Könnten Sie mich mit Matthias Brenner, der Anna Vogt kennt (av@vogt.example),"
        " bekannt machen?"
    )
    assert not (result.b is not None and result.b.name == "Matthias Brenner" and result.b.email)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Herrn Landrat", "Georg Lechner"),
        ("Frau Landrätin", "Gerda Lechner"),
        ("Herrn Bürgermeister", "Georg Lechner"),
        ("Frau Oberbürgermeisterin", "Gerda Lechner"),
    ],
)
def test_principal_after_an_office_title_reached_at_an_address_told_later(
    title: str, name: str
) -> None:
    first, surname = name.split()
    address = f"{first.casefold()}.lechner@lra-inntal.example"
    result = understand(
        f"Sehr geehrte Damen und Herren,\n\nim Auftrag von {title} {name} darf ich um eine"
        " Vorstellung bei Frau Anja Wendel, Geschäftsführerin der Wendel Logistik GmbH & Co. KG"
        " (a.wendel@wendel-logistik.example), bitten.\n\nHintergrund: Die Firma prüft einen"
        f" Standort.\n\n{title.split()[1]} {surname} ist direkt unter {address} erreichbar."
        "\n\nMit freundlichen Grüßen\nTheresa Brandl",
        sender="Theresa Brandl <theresa.brandl@lra-inntal.example>",
    )
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (Party(name, address), _WENDEL)
    assert result.confident


def test_office_word_without_a_name_names_no_one() -> None:
    # "Der Landrat möchte ...": the office alone, before a verb, is no one named.
    result = understand(
        "Hallo,\n\nder Landrat möchte Frau Anja Wendel (a.wendel@wendel-logistik.example)"
        " kennenlernen.\n\nDanke\nAnn Lee"
    )
    assert not result.confident
