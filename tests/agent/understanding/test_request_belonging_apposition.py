"""A description after a comma that says what the one named before it belongs to ("our
Head of Platform", "la de Fondo Verde", "de la brasserie Morel", "o diretor da Sousa
Construções") names a team or a firm, never one more person asked for: the pair stays
one, and confident when both are written with their addresses. A list of people after
the comma, each with an address, still gives further pairs."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("body", "a", "b", "confident"),
    [
        (
            "Please introduce Tom Price (tom@price.example) to Ada Byrne (ada@byrne.example), "
            "our Head of Platform.",
            Party("Tom Price", "tom@price.example"),
            Party("Ada Byrne", "ada@byrne.example"),
            True,
        ),
        (
            "Pourriez-vous me présenter à Paul Morel, de la brasserie Morel ?",
            ME,
            Party("Paul Morel", None),
            False,
        ),
        (
            "¿Me puedes conectar con Lucía, la de Fondo Verde?",
            ME,
            Party("Lucía", None),
            False,
        ),
        (
            "¿Me puedes presentar a Lucía Pardo (lucia@pardo.example), la directora de Pardo "
            "Abogados?",
            ME,
            Party("Lucía Pardo", "lucia@pardo.example"),
            True,
        ),
        (
            "Pode me apresentar ao Rui Sousa (rui@sousa.example), o diretor da Sousa Construções?",
            ME,
            Party("Rui Sousa", "rui@sousa.example"),
            True,
        ),
        (
            "Könnten Sie mich mit Jonas Weber (j.weber@weber.example), dem Leiter von Grünwerk, "
            "bekannt machen?",
            ME,
            Party("Jonas Weber", "j.weber@weber.example"),
            True,
        ),
        (
            "Tafadhali nitambulishe kwa Neema Laizer (neema@laizer.example), mkuu wa Idara Fedha.",
            ME,
            Party("Neema Laizer", "neema@laizer.example"),
            True,
        ),
    ],
)
def test_what_the_one_named_belongs_to_is_no_further_party(
    body: str, a: Party, b: Party, confident: bool
) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (a, b)
    assert result.more == ()
    assert result.confident is confident


@pytest.mark.parametrize(
    ("body", "more"),
    [
        # A list after the comma, each written with an address.
        (
            "Could you introduce me to Ann Bell (ann@bell.example), Bob Ray (bob@ray.example) "
            "and Carol Diaz (carol@diaz.example)?",
            (
                Pair(ME, Party("Bob Ray", "bob@ray.example")),
                Pair(ME, Party("Carol Diaz", "carol@diaz.example")),
            ),
        ),
        # The one described after the comma is written with an address: someone.
        (
            "Could you introduce me to Ann Bell (ann@bell.example), and the head of Acme, "
            "Bob Ray (bob@ray.example)?",
            (Pair(ME, Party("Bob Ray", "bob@ray.example")),),
        ),
        (
            "Could you introduce me to Ann Bell (ann@bell.example), my friend Bob Ray of Acme "
            "(bob@ray.example)?",
            (Pair(ME, Party("Bob Ray", "bob@ray.example")),),
        ),
    ],
)
def test_people_listed_after_the_comma_stay_further_pairs(
    body: str, more: tuple[Pair, ...]
) -> None:
    result = understand(body)
    assert result.b == Party("Ann Bell", "ann@bell.example")
    assert result.more == more
    assert result.confident
