"""English "himself" and "herself" stand for the one spoken of as "him" and "her" do:
"She has asked me to request an introduction between herself and Mr David Metcalfe"
pairs the one she is with him, as "between her and Mr David Metcalfe" does."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("text", "cc", "a"),
    [
        (
            "I help Mrs Atkinson with the bookings at High Fell Farm (she is copied in). She "
            "has asked me to request an introduction between herself and Mr David Metcalfe - "
            "his address is david@metcalfe.example.",
            "Margaret Atkinson <margaret@highfell.example>",
            Party("Margaret Atkinson", "margaret@highfell.example"),
        ),
        (
            "My neighbour Tom Reed (tom@reed.example) would like an introduction between "
            "himself and Mr David Metcalfe (david@metcalfe.example).",
            None,
            Party("Tom Reed", "tom@reed.example"),
        ),
    ],
)
def test_a_reflexive_pronoun_is_the_one_spoken_of(text: str, cc: str | None, a: Party) -> None:
    result = understand(
        f"Good afternoon,\n\n{text}\n\nMany thanks,\nChloe Barraclough",
        sender="Chloe Barraclough <chloe.barraclough@gmail.example>",
        cc=cc,
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {a, Party("David Metcalfe", "david@metcalfe.example")}
    assert result.confident


def test_an_emphatic_himself_leaves_the_pair_as_named() -> None:
    result = understand(
        "Could you introduce Tom Reed (tom@reed.example) to Ann Lee (ann@lee.example)? He "
        "says he would write to her himself but is shy.",
    )
    assert {result.a, result.b} == {
        Party("Tom Reed", "tom@reed.example"),
        Party("Ann Lee", "ann@lee.example"),
    }
    assert result.confident
