"""German capitalises every noun: one capitalised word alone after an indefinite article
or a possessive and words in lower case ("mit einem möglichen Anwender sprechen", "mit
meinem Anwalt") is a noun, no one named, unless it is a listed first name, an address of
the mail spells it, or a capitalised noun stands between ("meinem Kollegen Huber")."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand


def _names(text: str) -> list[str | None]:
    return [item.name for item in tokenize(text, load_rules()) if item.kind == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "Er möchte gerne mit einem möglichen Anwender sprechen.",
        "Ich würde gerne mit einem Anwender sprechen.",
        "Ich würde gerne mit meinem Anwalt sprechen.",
        "Sie sucht einen sehr erfahrenen Berater.",
    ],
)
def test_a_lone_noun_after_a_determiner_is_no_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ich würde gerne mit meinem Kollegen Huber sprechen.", "Huber"),
        ("Könntest du mich mit einem Tom bekannt machen?", "Tom"),
        ("Ich würde gerne mit einem Huber (huber@huber.example) sprechen.", "Huber"),
        ("Könnt ihr Kowalski mit Anna Roth bekannt machen?", "Kowalski"),
    ],
)
def test_a_name_stays_a_name(text: str, name: str) -> None:
    assert name in _names(text)


def test_the_ask_before_a_wish_for_a_user_is_read() -> None:
    result = understand(
        "könnten Sie bitte Lukas Brandt (lukas.brandt@uni.example) mit Frau Dr. Nadia"
        " Rahimi von AquaSense in Winterthur bekannt machen (n.rahimi@aquasense.example)?"
        " Sie sucht genau so einen Sensor, und Herr Brandt möchte gerne mit einem"
        " möglichen Anwender sprechen."
    )
    assert result.kind == "intro_request"
    assert result.a == Party("Lukas Brandt", "lukas.brandt@uni.example")
    assert result.b == Party("Nadia Rahimi", "n.rahimi@aquasense.example")
    assert result.more == ()


def test_a_wish_for_a_user_alone_pairs_no_one_named() -> None:
    result = understand("Ich würde gerne mit einem möglichen Anwender sprechen.")
    assert result.b is None or result.b.name != "Anwender"
    assert not result.confident
