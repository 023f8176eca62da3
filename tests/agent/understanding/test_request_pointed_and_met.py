"""Between the one named and the rest of the ask, a word pointing at where they stand, no
bracket around it ("den Joseph unten", "Joseph below", "Joseph ci-dessous", "Joseph hapa
chini"), and where and when they were met ("der Anna vom Röster-Abend letzte Woche", "Anna
from the roasting evening last week") say which one, and name no one else: the ask reads on
past them, as the German verb closing it must be reached. A noun written with its
capital ("dem Konditor vom Abendessen letzte Woche") is no one so named."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")
JOSEPH = Party("Joseph Mushi", "joseph.mushi@kilimanjaro.example")
ANNA = Party("Anna Pichler", "anna@roesterei.example")
_ANNA = "Anna Pichler (anna@roesterei.example)"


def _forward(note: str) -> str:
    return (
        f"{note}\n\nAnn\n\n---------- Forwarded message ---------\n"
        "From: Joseph Mushi <joseph.mushi@kilimanjaro.example>\n"
        "Date: Thu, 3 Apr 2025 at 10:12\nSubject: Green coffee\nTo: Ann Lee <ann@lee.example>\n\n"
        "Dear Ann,\n\nIf you know any roasters who would like samples of our washed Arabica,"
        " I would be grateful for a contact.\n\nBest regards,\nJoseph Mushi\n"
    )


@pytest.mark.parametrize(
    "note",
    [
        f"Could you connect Joseph below with {_ANNA}? She needs green coffee.",
        f"Peux-tu présenter Joseph ci-dessous à {_ANNA} ? Elle cherche du café vert.",
        f"¿Puedes presentar a Joseph abajo a {_ANNA}? Busca café verde.",
        f"Kannst du den Joseph unten mit der {_ANNA} zusammenbringen? Sie sucht Rohkaffee.",
        f"Pode apresentar o Joseph abaixo à {_ANNA}? Ela procura café verde.",
        f"Tafadhali mtambulishe Joseph hapa chini kwa {_ANNA}. Anatafuta kahawa.",
    ],
)
def test_a_pointer_after_the_name_names_no_one_else(note: str) -> None:
    result = understand(_forward(note), subject="Fwd: Green coffee")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {JOSEPH, ANNA}
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Kannst du mich mit der Anna vom Röster-Abend letzte Woche zusammenbringen? Sie steht"
        " im Cc.",
        "kannst du mich mit der anna vom röster-abend letzte woche zusammenbringen? sie steht"
        " im cc.",
        "Könnten Sie mich mit Frau Pichler beim Sommerfest gestern bekannt machen?",
    ],
)
def test_where_and_when_they_were_met_is_read_past(body: str) -> None:
    result = understand(body, cc="Anna Pichler <anna@roesterei.example>")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ME, ANNA)
    assert result.confident


def test_where_they_were_met_before_the_other_one() -> None:
    result = understand(
        "Could you introduce Anna from the roasting evening last week to Joseph Mushi "
        "(joseph.mushi@kilimanjaro.example)? She needs green coffee.",
        cc="Anna Pichler <anna@roesterei.example>",
    )
    assert {result.a, result.b} == {ANNA, JOSEPH}
    assert result.confident


def test_a_noun_met_somewhere_is_no_one_named() -> None:
    result = understand(
        "Könntest du mich mit dem Konditor vom Abendessen letzte Woche bekannt machen? Ich"
        " mache Stadtführungen."
    )
    assert Party("Konditor", None) not in (result.a, result.b)
    assert not result.confident
