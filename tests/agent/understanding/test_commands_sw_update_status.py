"""Swahili asks how intros stand with the loanwords "update" and "intros": "Naomba
update ya intros zangu zote", "Kuna mtu amejibu?" under a subject naming intros; the
plural's own determiners ("zangu", "zetu") say they are the writer's. A new ask stays
a request."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Naomba update ya intros zangu zote.",
        "Naomba update ya utambulisho wangu.",
        "Habari,\n\nNaomba update ya intros zangu zote. Kuna mtu amejibu? Wiki hii"
        " nimetuma kama tatu na sijasikia chochote bado.\n\nAsante,\nNeema",
        "Tafadhali update za intros zetu.",
    ],
)
def test_update_asks_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"


def test_new_ask_stays_a_request() -> None:
    result = understand(
        "Naomba uniunganishe na Baraka Mollel (baraka@mollel.example), nataka update ya"
        " studio yake."
    )
    assert result.kind == "intro_request"
