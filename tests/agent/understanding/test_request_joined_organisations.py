"""An organisation's name whose halves a conjunction joins ("Scottish Fire and Rescue
Service", "Marsh & Fielding Consulting") is one name, no two people to introduce to each
other: "the two of them" are the contacts named with addresses. Names opening on a first
name, or after a title, stay two."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand


def _names(text: str) -> list[str]:
    return [item.name or "" for item in tokenize(text, load_rules()) if item.kind == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Scottish Fire and Rescue Service: Graeme", "Scottish Fire and Rescue Service"),
        ("the firm Marsh & Fielding Consulting said", "Marsh & Fielding Consulting"),
    ],
)
def test_joined_halves_of_an_organisation_are_one_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "introduce Ann and Acme Partners",
        "introduce Mr Lee and Park Consulting",
        "introduce Grove Street and\nRiver Consulting",
    ],
)
def test_a_person_or_a_line_break_keeps_two_names(text: str) -> None:
    assert len(_names(text)) == 2


def test_the_two_of_them_are_the_organisations_contacts() -> None:
    result = understand(
        "Hello\n\nEach organisation has given me a named contact:\n\n"
        "- Scottish Fire and Rescue Service: Graeme Lindsay - graeme.lindsay@fire.example\n"
        "- Balgonie House: Lorraine Baxter - lorraine.baxter@balgonie.example\n\n"
        "Could you introduce the two of them please?\n\nMany thanks\nAnn Lee"
    )
    assert {result.a, result.b} == {
        Party("Graeme Lindsay", "graeme.lindsay@fire.example"),
        Party("Lorraine Baxter", "lorraine.baxter@balgonie.example"),
    }
    assert result.confident
