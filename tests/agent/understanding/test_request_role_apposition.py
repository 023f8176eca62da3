"""A German noun ending a description, written with its capital as every German noun is,
and the one it describes between commas after it ("unseren neuen JO-Trainer, Nico Bühler,
mit ...", "unsere Physiotherapeutin, Andrea Kälin, mit ..."): the person is the name
between the commas, never the noun. A first name before the commas ("my friend Anna, Bob
Smith, ...") is no such noun."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Könnten Sie bitte unseren neuen JO-Trainer, Nico Bühler, mit der Physiotherapeutin"
        " Andrea Kälin bekannt machen?",
        "Könnten Sie bitte unseren neuen Trainer, Nico Bühler, mit Andrea Kälin bekannt machen?",
    ],
)
def test_the_name_between_commas_is_the_person(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.a is not None and result.a.name == "Nico Bühler"
    assert result.b is not None and result.b.name == "Andrea Kälin"


def test_a_first_name_before_the_commas_stays_the_person() -> None:
    result = understand("Please introduce my friend Anna, Bob Smith, to Carol Diaz.")
    assert result.a is not None and result.a.name == "Anna"
