"""A film company's name closes on "Film", "Films" or "Filmes" (``organisation_closers``),
its partners' names joined by "&" before it: "Jonas Brehm von Brehm & Kessler Film in
Köln (j.brehm@...)" names one person at one firm, not Jonas Brehm and a "Kessler Film"
to meet too, so the address written after the firm is his."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

ANN = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Ich würde gern mit Jonas Brehm von Brehm & Kessler Film in Köln ins Gespräch"
            " kommen (j.brehm@brehm-kessler.example). Kannst du uns bekannt machen?",
            Party("Jonas Brehm", "j.brehm@brehm-kessler.example"),
        ),
        (
            "Could you introduce me to Maya Stone of Stone & Reyes Films"
            " (maya@stonereyes.example)?",
            Party("Maya Stone", "maya@stonereyes.example"),
        ),
        (
            "Podes apresentar-me à Rita Matos da Xitala Filmes (rita@xitala.example)?",
            Party("Rita Matos", "rita@xitala.example"),
        ),
    ],
)
def test_film_firm_after_a_name_is_no_second_person(text: str, b: Party) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ANN, b)
    assert result.more == ()
    assert result.confident


def test_two_people_joined_by_ampersand_stay_two() -> None:
    # No firm's word closes the second name: "&" joins two people asked for.
    result = understand(
        "Could you introduce me to Maya Stone (maya@stone.example) & Leo Reyes (leo@reyes.example)?"
    )
    assert result.kind == "intro_request"
    people = {result.b, *(pair.b for pair in result.more)}
    assert people == {
        Party("Maya Stone", "maya@stone.example"),
        Party("Leo Reyes", "leo@reyes.example"),
    }
