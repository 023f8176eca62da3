"""A directory's display name: "OKAFOR, Sandra (RIVERSIDE MEDICAL CENTRE)" is Sandra
Okafor, the bracketed employer and the capitals of the surname no part of the name; a
department or a role in brackets after any name of two words is none either ("Priya
Sharma (Careers Service)", "Whitcombe T (Staff)")."""

from __future__ import annotations

import pytest

from agent.understanding.request_people import natural_name


@pytest.mark.parametrize(
    ("display", "name"),
    [
        ("OKAFOR, Sandra (RIVERSIDE MEDICAL CENTRE)", "Sandra Okafor"),
        ("Hargreaves, Simon (Sales)", "Simon Hargreaves"),
        ("O'BRIEN, Mary", "Mary O'Brien"),
        ("SMITH-JONES, Ann", "Ann Smith-Jones"),
        ("Lee, Ann (she/her)", "Ann Lee"),
        ("Priya Sharma (Careers Service)", "Priya Sharma"),
        ("Whitcombe T (Staff)", "Whitcombe T"),
        ("O'Sullivan Gemma (ST COLUMBA'S UNIVERSITY HOSPITAL)", "O'Sullivan Gemma"),
        ("Ann Lee (Acme)", "Ann Lee"),
    ],
)
def test_a_directory_name_reads_as_the_person_writes_it(display: str, name: str) -> None:
    assert natural_name(display) == name


@pytest.mark.parametrize(
    "display",
    [
        # One word before the brackets: a firm's name they complete.
        "Acme (UK)",
        # Brackets inside the name: a nickname, no part after it.
        "Robert (Bob) Smith",
        # All in capitals: nothing tells the surname's case.
        "OKAFOR, SANDRA",
    ],
)
def test_other_names_are_kept(display: str) -> None:
    expected = {"OKAFOR, SANDRA": "SANDRA OKAFOR"}.get(display, display)
    assert natural_name(display) == expected
