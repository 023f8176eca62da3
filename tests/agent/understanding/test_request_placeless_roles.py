"""A role written in words, one of them a place word (``placeless_roles``: "brother in
law", "editor in chief", "rédacteur en chef", "redactor en jefe", "presidente em
exercício"): the place word and the word after it place nothing, so the name after the
role is the one described, not a place ("introduce Anne to my brother in law Steve
Marsh")."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("ask", "first", "second"),
    [
        (
            "Can you introduce Anne Collier to my brother in law Steve Marsh please?",
            "Anne Collier",
            "Steve Marsh",
        ),
        (
            "Could you introduce Ben Ode to our editor in chief Paul Roy? He wants to pitch.",
            "Ben Ode",
            "Paul Roy",
        ),
        (
            "Pourriez-vous présenter Anne Collier à notre rédacteur en chef Paul Roy ?",
            "Anne Collier",
            "Paul Roy",
        ),
        (
            "¿Podrías presentar a Ana Ruiz a nuestro redactor en jefe Pablo Gil?",
            "Ana Ruiz",
            "Pablo Gil",
        ),
        (
            "Podes apresentar a Ana Lima ao nosso presidente em exercício Rui Costa?",
            "Ana Lima",
            "Rui Costa",
        ),
    ],
)
def test_a_role_holding_a_place_word_describes_the_one_named(
    ask: str, first: str, second: str
) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert result.a is not None and result.a.name == first
    assert result.b is not None and result.b.name == second
    assert not result.confident


def test_the_role_with_the_address_after_it_is_acted_on() -> None:
    result = understand(
        "Can you introduce Anne Collier (anne@collier.example) to my brother in law Steve "
        "Marsh please, he's a roofer, steve@marshroofing.example."
    )
    assert result.b is not None and result.b.email == "steve@marshroofing.example"
    assert result.confident


@pytest.mark.parametrize(
    "ask",
    [
        # Near-miss: a place word before a name is still a place ("in London", "in Lawrence").
        "Can you introduce Anne Collier to our team in Lawrence Kansas?",
        "Can you introduce Anne Collier to my partners in London Steve Marsh please?",
    ],
)
def test_a_place_word_before_a_name_still_places_it(ask: str) -> None:
    result = understand(ask)
    assert result.b is None or result.b.name not in ("Lawrence Kansas", "Steve Marsh")
