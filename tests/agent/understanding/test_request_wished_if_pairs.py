"""A wish that two people it names knew each other, said without a person wishing ("It
would be so nice if Morag Baird and Chidi Okafor knew each other", "ce serait bien que
... se connaissent", "sería lindo que ... se conocieran", "es wäre schön, wenn ... sich
kennen würden", "seria ótimo se ... se conhecessem", "ingekuwa vizuri ... wakijuana"),
asks for their intro, certain with their addresses. A wish of the past, one that they
did something else or met somewhere, or a negated one asks nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

MORAG = Party("Morag Baird", "moragbaird1956@hotmail.example")
CHIDI = Party("Chidi Okafor", "chidi.okafor@college.example")
ADDRESSES = "Morag: moragbaird1956@hotmail.example, Chidi: chidi.okafor@college.example."


@pytest.mark.parametrize(
    "wish",
    [
        "It would be so nice if Morag Baird and Chidi Okafor knew each other.",
        "It'd be great if Morag Baird and Chidi Okafor met.",
        "Ce serait vraiment bien que Morag Baird et Chidi Okafor se connaissent.",
        "Sería lindo que Morag Baird y Chidi Okafor se conocieran.",
        "Es wäre schön, wenn Morag Baird und Chidi Okafor sich kennen würden.",
        "Seria ótimo se Morag Baird e Chidi Okafor se conhecessem.",
        "Ingekuwa vizuri Morag Baird na Chidi Okafor wakijuana.",
    ],
)
def test_a_wish_that_the_two_it_names_knew_each_other_pairs_them(wish: str) -> None:
    result = understand(f"Hello,\n\n{wish}\n\n{ADDRESSES}\n\nIsobel")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {MORAG, CHIDI}
    assert result.confident


@pytest.mark.parametrize(
    "wish",
    [
        "It would have been so nice if Morag Baird and Chidi Okafor had known each other.",
        "It would be so nice if Morag Baird and Chidi Okafor came to the garden party.",
        "It would be so nice if Morag Baird and Chidi Okafor met at the station.",
        "It would not be nice if Morag Baird and Chidi Okafor knew each other.",
        "Sería lindo que Morag Baird y Chidi Okafor vinieran a la fiesta.",
    ],
)
def test_a_wish_of_the_past_or_of_something_else_pairs_no_one(wish: str) -> None:
    result = understand(f"Hello,\n\n{wish}\n\n{ADDRESSES}\n\nIsobel")
    assert result.kind == "not_a_request"
