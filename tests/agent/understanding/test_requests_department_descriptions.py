"""A description after a name and a comma naming the department one works in, its name
joined by a conjunction ("Herrn Jonas Weber vom Bezirksamt Pankow, Fachbereich Kunst und
Kultur (jonas.weber@...)", "Jonas Weber, Department of Arts and Culture (...)"), closes
on the address of the one described: the conjunction joins the words of one
organisation's name (one of ``organisation_words`` opening it), no one else is named.
A person after the conjunction ("..., Fachbereich Kunst und Petra Lang (...)") is named,
and the pair is left unconfident. Ambassadors are titled as other titles are ("Ambassador
Pieter van Oordt" is Pieter van Oordt)."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

KRUEGER = Party("Sabine Krüger", "s.krueger@musikschule.example")


@pytest.mark.parametrize(
    ("body", "weber"),
    [
        (
            "Sehr geehrte Damen und Herren,\n\nkönnten Sie bitte unsere Geigenlehrerin Frau "
            "Sabine Krüger (s.krueger@musikschule.example) mit Herrn Jonas Weber vom "
            "Bezirksamt Pankow, Fachbereich Kunst und Kultur (jonas.weber@ba-pankow.example), "
            "bekannt machen?",
            "jonas.weber@ba-pankow.example",
        ),
        (
            "Could you introduce Sabine Krüger (s.krueger@musikschule.example) to Jonas "
            "Weber, Department of Arts and Culture (jonas.weber@council.example)?",
            "jonas.weber@council.example",
        ),
        (
            "Pourriez-vous présenter Sabine Krüger (s.krueger@musikschule.example) à Jonas "
            "Weber, Direction des Arts et de la Culture (jonas.weber@mairie.example) ?",
            "jonas.weber@mairie.example",
        ),
        (
            "¿Podrías presentar a Sabine Krüger (s.krueger@musikschule.example) a Jonas "
            "Weber, Departamento de Arte y Cultura (jonas.weber@ayto.example)?",
            "jonas.weber@ayto.example",
        ),
        (
            "Pode apresentar a Sabine Krüger (s.krueger@musikschule.example) ao Jonas "
            "Weber, Departamento de Arte e Cultura (jonas.weber@camara.example)?",
            "jonas.weber@camara.example",
        ),
        (
            "Tafadhali mtambulishe Sabine Krüger (s.krueger@musikschule.example) kwa Jonas "
            "Weber, Idara ya Sanaa na Utamaduni (jonas.weber@kaunti.example).",
            "jonas.weber@kaunti.example",
        ),
    ],
)
def test_department_with_a_conjunction_describes_the_one_named(body: str, weber: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (KRUEGER, Party("Jonas Weber", weber))
    assert result.confident
    assert result.more == ()


@pytest.mark.parametrize(
    "body",
    [
        "Könnten Sie bitte Frau Sabine Krüger (s.krueger@musikschule.example) mit Herrn "
        "Jonas Weber, Fachbereich Kunst und Petra Lang (petra.lang@ba-pankow.example), "
        "bekannt machen?",
        "Could you introduce Sabine Krüger (s.krueger@musikschule.example) to Jonas Weber, "
        "Department of Arts and Petra Lang (petra.lang@council.example)?",
    ],
)
def test_a_person_after_the_conjunction_is_named(body: str) -> None:
    result = understand(body)
    assert not result.confident


def test_an_ambassador_is_titled() -> None:
    result = understand(
        "Could you introduce Leila Haddad (leila.haddad@unige.example) to Ambassador Pieter "
        "van Oordt (p.vanoordt@ziggo.example)?"
    )
    assert result.b == Party("Pieter van Oordt", "p.vanoordt@ziggo.example")
    assert result.confident
