"""A diminutive of a first name set after the full name by a comma ("Márcia Cavalcanti,
a Marcinha (...)") is what that one is called, not a second person: the address after it,
spelling the full name's surname too, is the full name's. Another first name there (a
sister's, a friend's) or an address spelling the nickname alone stays as it was read."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

BOB = Party("Bob Ray", "bob@ray.example")


@pytest.mark.parametrize(
    ("body", "a"),
    [
        (
            "Quero apresentar a Márcia Cavalcanti, a Marcinha (marcinha.cavalcanti@mail.example),"
            " ao Bob Ray (bob@ray.example).",
            Party("Márcia Cavalcanti", "marcinha.cavalcanti@mail.example"),
        ),
        (
            "¿Puedes presentar a Juan Pérez, Juanito (juanito.perez@mail.example), a Bob Ray "
            "(bob@ray.example)?",
            Party("Juan Pérez", "juanito.perez@mail.example"),
        ),
        (
            "Pourriez-vous présenter Jean Dupont, Jeannot (jeannot.dupont@mail.example), à "
            "Bob Ray (bob@ray.example) ?",
            Party("Jean Dupont", "jeannot.dupont@mail.example"),
        ),
        (
            "Könnten Sie Hans Weber, Hansi (hansi.weber@mail.example), mit Bob Ray "
            "(bob@ray.example) bekannt machen?",
            Party("Hans Weber", "hansi.weber@mail.example"),
        ),
    ],
)
def test_a_nickname_after_the_full_name_is_the_same_person(body: str, a: Party) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {a, BOB}
    assert not result.more
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # Another first name: a sister, not a nickname of hers.
        "Quero apresentar a Márcia Cavalcanti, a Marcela (marcela.cavalcanti@mail.example), ao "
        "Bob Ray (bob@ray.example).",
        # Words of a description between: someone else named in it.
        "Quero apresentar a Márcia Cavalcanti, a irmã da Marcinha "
        "(marcinha.cavalcanti@mail.example), ao Bob Ray (bob@ray.example).",
    ],
)
def test_another_name_after_the_full_name_gives_it_no_address(body: str) -> None:
    result = understand(body)
    parties = [result.a, result.b, *(p for pair in result.more for p in (pair.a, pair.b))]
    assert Party("Márcia Cavalcanti", "marcela.cavalcanti@mail.example") not in parties
    assert Party("Márcia Cavalcanti", "marcinha.cavalcanti@mail.example") not in parties
    assert not result.confident
