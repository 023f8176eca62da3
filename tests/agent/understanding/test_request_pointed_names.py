"""The one named before, pointed at by a demonstrative right before the name ("na huyo
Zawadi", "to that Zawadi", "à cette Zawadi", "a esa Zawadi", "mit dieser Zawadi", "a essa
Zawadi"), is the person of the ask; and Swahili asks an intro of one person with another by
"kumkutanisha ... na", the verb of meeting with the object of one person ("Tafadhali unaweza
kumkutanisha Amina na huyo Zawadi?")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

AMINA = Party("Amina Hassan", "amina@gm.example")
ZAWADI = Party("Zawadi Ali", "z@kcb.example")


@pytest.mark.parametrize(
    "body",
    [
        "Binti yangu Amina Hassan (amina@gm.example) anatafuta kazi. Rafiki aliniambia "
        "kuhusu mama mmoja anaitwa Zawadi.\n\nTafadhali unaweza kumkutanisha Amina na huyo "
        "Zawadi?",
        "My daughter Amina Hassan (amina@gm.example) is looking for work. A friend told me "
        "of a banker called Zawadi.\n\nCould you introduce Amina to that Zawadi?",
        "Ma fille Amina Hassan (amina@gm.example) cherche du travail.\n\n"
        "Pourrais-tu présenter Amina à cette Zawadi ?",
        "Mi hija Amina Hassan (amina@gm.example) busca trabajo.\n\n"
        "¿Podrías presentar a Amina a esa Zawadi?",
        "Meine Tochter Amina Hassan (amina@gm.example) sucht Arbeit.\n\n"
        "Könntest du Amina mit dieser Zawadi bekannt machen?",
        "Minha filha Amina Hassan (amina@gm.example) procura trabalho.\n\n"
        "Você poderia apresentar a Amina a essa Zawadi?",
    ],
)
def test_a_name_pointed_at_is_the_other_party(body: str) -> None:
    result = understand(body + "\n\nAnn Lee")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (AMINA, Party("Zawadi", None))
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Tafadhali unaweza kumkutanisha Amina Hassan (amina@gm.example) na Zawadi Ali "
        "(z@kcb.example)?",
        "Tafadhali umkutanishe Amina Hassan (amina@gm.example) na huyo Zawadi Ali (z@kcb.example).",
        "Ningeshukuru ungemkutanisha Amina Hassan (amina@gm.example) na Zawadi Ali "
        "(z@kcb.example).",
    ],
)
def test_kumkutanisha_asks_for_one_with_another(body: str) -> None:
    result = understand(body + "\n\nAnn Lee")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (AMINA, ZAWADI)
    assert result.confident


def test_kumkutanisha_without_the_first_is_the_one_named_before() -> None:
    result = understand(
        "Zawadi Ali (z@kcb.example) anafanya kazi benki. Tafadhali umkutanishe na Amina "
        "Hassan (amina@gm.example).\n\nAnn Lee"
    )
    assert {result.a, result.b} == {AMINA, ZAWADI}
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # Negated: no ask.
        "Tafadhali usimkutanishe Amina Hassan (amina@gm.example) na huyo Zawadi Ali "
        "(z@kcb.example).",
        "Hakuna haja ya kumkutanisha Amina Hassan (amina@gm.example) na Zawadi Ali "
        "(z@kcb.example).",
        "Please don't introduce Amina Hassan (amina@gm.example) to that Zawadi Ali "
        "(z@kcb.example).",
        # A demonstrative outside an ask asks nothing.
        "I met this Zawadi Ali (z@kcb.example) yesterday at the bank.",
    ],
)
def test_no_ask_where_none_is_made(body: str) -> None:
    result = understand(body + "\n\nAnn Lee")
    assert result.kind == "not_a_request"


def test_a_demonstrative_before_no_name_is_no_one() -> None:
    result = understand("Could you introduce me to this Monday's speaker?\n\nAnn Lee")
    assert not result.confident
