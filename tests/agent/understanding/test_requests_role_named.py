"""A party named by a job title alone in lower case ("treasurer", read from
"Colin Baptiste, our treasurer (treasurer@...)") is no one named: the intro is asked
about, never acted on. A name written with a capital, or one that is no title, is read as
before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from agent.understanding.request_role_named import role_named
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("treasurer", True),
        ("secretary", True),
        ("vice president", True),
        ("secretária", True),
        ("Colin Baptiste", False),
        ("Treasurer", False),
        ("rob hensley", False),
        ("", False),
    ],
)
def test_a_title_alone_in_lower_case_names_no_one(name: str, named: bool) -> None:
    assert role_named(Party(name or None, "x@club.example"), load_rules()) is named


def test_an_intro_read_with_a_title_for_a_name_is_asked_about() -> None:
    result = understand(
        "Could you introduce Colin Baptiste, our treasurer (treasurer@club.example) to Hugh"
        " Lennard (hugh@accounts.example)?\n\nThanks\nPauline",
        sender="Pauline Greaves <secretary@club.example>",
    )
    assert result.kind == "intro_request"
    assert not result.confident
