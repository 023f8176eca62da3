"""A preposition holding the article ("à" for "a a", "ao" for "a o", French "au" for "à
le") before a role in lower case opens a description as the article written alone does:
"ser apresentada à curadora Johanna Kraus (...)" asks for Johanna Kraus, as "a a
curadora" or "à Dra. Johanna Kraus" would (``contracted_articles``)."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")
KRAUS = Party("Johanna Kraus", "j.kraus@raumfuerbild.example")


@pytest.mark.parametrize(
    "body",
    [
        "Gostaria de ser apresentada à curadora Johanna Kraus, do Raum für Bild em Berlim "
        "(j.kraus@raumfuerbild.example).",
        "Gostaria de ser apresentado ao editor Johanna Kraus (j.kraus@raumfuerbild.example).",
        "Je voudrais être présenté au commissaire Johanna Kraus (j.kraus@raumfuerbild.example).",
        "Pourriez-vous me présenter au commissaire Johanna Kraus, du Raum für Bild à Berlin "
        "(j.kraus@raumfuerbild.example) ?",
        # The article written alone, and the other languages, read as before.
        "Gostaria de ser apresentada a a curadora Johanna Kraus (j.kraus@raumfuerbild.example).",
        "Me gustaría ser presentada a la curadora Johanna Kraus (j.kraus@raumfuerbild.example).",
        "Me gustaría que me presentaras al editor Johanna Kraus (j.kraus@raumfuerbild.example).",
        "Je voudrais être présentée à la commissaire Johanna Kraus (j.kraus@raumfuerbild.example).",
        "Ich möchte der Kuratorin Johanna Kraus (j.kraus@raumfuerbild.example) vorgestellt werden.",
        "I would like to be introduced to the curator Johanna Kraus "
        "(j.kraus@raumfuerbild.example).",
    ],
)
def test_the_one_a_contracted_article_describes_is_the_party(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ME, KRAUS)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # A team of someone, without an address: asked about, never certain.
        "Gostaria de ser apresentada à equipa da Sofia Garcia.",
        # A place, no one.
        "Je voudrais être présenté au salon VivaTech.",
    ],
)
def test_no_one_certain_after_a_description_naming_no_one(body: str) -> None:
    result = understand(body)
    assert not result.confident


def test_a_role_then_a_naming_clause_still_names_the_one_described() -> None:
    result = understand(
        "Gostaria de ser apresentada à diretora, ela se chama Sofia Garcia (sofia@garcia.example)."
    )
    assert result.b == Party("Sofia Garcia", "sofia@garcia.example")
    assert result.confident
