"""Asking whether there is a state of the ask yet ("Gibt es schon einen Stand zu meiner
Anfrage?") or whether someone has got back ("Hat Herr Favre sich zurückgemeldet?") asks
its status, as the same question without "schon" does; a directory's display name with a
title last ("Kessler, Matthias Dr.") is the writer's name as written, the title left out."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command
from agent.understanding.request_people import natural_name
from agent.understanding.request_rules import load_rules


@pytest.mark.parametrize(
    "text",
    [
        "Hat Herr Vogt sich zurückgemeldet?",
        "Hat sich Frau Roth schon zurückgemeldet?",
    ],
)
def test_asking_the_state_so_far_is_status(text: str) -> None:
    found = detect_command("", text, False)
    assert found is not None and found.command == "status"


def test_a_state_of_something_else_is_no_command() -> None:
    assert detect_command("", "Der Stand der Technik ist klar, danke.", False) is None


@pytest.mark.parametrize(
    ("shown", "name"),
    [
        ("Kessler, Matthias Dr.", "Matthias Kessler"),
        ("Hargreaves, Simon", "Simon Hargreaves"),
        ("Dr. Ann Lee", "Ann Lee"),
    ],
)
def test_a_title_after_a_surname_first_name_is_left_out(shown: str, name: str) -> None:
    assert natural_name(shown, load_rules().titles) == name
