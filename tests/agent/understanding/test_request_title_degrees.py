"""German degrees follow a doctor's title in lower case, each with its period ("Frau Dr.
med. dent. Sophie Marchand", "Prof. Dr. rer. nat. Jonas Weber"): part of the title, so
the sentence goes on and the name after them is the titled one's."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "titled",
    [
        "Frau Dr. med. dent. Sophie Marchand",
        "Prof. Dr. rer. nat. Sophie Marchand",
        "Dr. phil. Sophie Marchand",
    ],
)
def test_degrees_after_a_title_are_part_of_it(titled: str) -> None:
    result = understand(
        f"Guten Tag,\n\nkönnten Sie mich bitte mit {titled} (s.marchand@kfo.example) bekannt"
        " machen? Es geht um digital gefertigte Schienen.\n\nBeste Grüße\nUrs Baumann",
        sender="Urs Baumann <u.baumann@labor.example>",
    )
    assert (result.a, result.b) == (
        Party("Urs Baumann", "u.baumann@labor.example"),
        Party("Sophie Marchand", "s.marchand@kfo.example"),
    )
    assert result.confident


def test_degree_words_read_only_right_after_a_title() -> None:
    # "Er studiert med. ..." has no title before "med.": the period ends a sentence still.
    items = tokenize("Er studiert med. Und dann?", load_rules())
    assert [(item.kind, item.lower) for item in items][2:4] == [("word", "med"), ("end", ".")]


def test_degrees_keep_the_name_after_them_titled() -> None:
    items = tokenize("Herr Keller möchte Frau Dr. med. dent. Marchand kennenlernen.", load_rules())
    named = [item for item in items if item.kind == "name"]
    assert [(item.name, item.titled) for item in named] == [("Keller", True), ("Marchand", True)]
