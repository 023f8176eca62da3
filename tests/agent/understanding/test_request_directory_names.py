"""A directory's display name: "OKAFOR, Sandra (RIVERSIDE MEDICAL CENTRE)" is Sandra
Okafor, the bracketed employer and the capitals of the surname no part of the name."""

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
    ],
)
def test_a_directory_name_reads_as_the_person_writes_it(display: str, name: str) -> None:
    assert natural_name(display) == name


@pytest.mark.parametrize(
    "display",
    [
        # No surname first: the brackets stay, as before.
        "Ann Lee (Acme)",
        "Acme (UK)",
        # All in capitals: nothing tells the surname's case.
        "OKAFOR, SANDRA",
    ],
)
def test_other_names_are_kept(display: str) -> None:
    expected = {"OKAFOR, SANDRA": "SANDRA OKAFOR"}.get(display, display)
    assert natural_name(display) == expected
