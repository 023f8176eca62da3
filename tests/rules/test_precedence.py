"""The Precedence rule."""

from __future__ import annotations

import pytest

from rules.precedence import Precedence
from tests.rules.robot_mail import PERSON, message


@pytest.mark.parametrize("value", ["bulk", "junk", "list", "Bulk", " auto_reply "])
def test_bulk_junk_list_are_programs(value: str) -> None:
    assert Precedence().check(message(f"{PERSON}\nPrecedence: {value}"))


@pytest.mark.parametrize(
    "headers", [PERSON, f"{PERSON}\nPrecedence: first-class", f"{PERSON}\nPrecedence: urgent"]
)
def test_other_precedence_is_a_person(headers: str) -> None:
    assert not Precedence().check(message(headers))
