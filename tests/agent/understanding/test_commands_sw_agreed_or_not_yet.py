"""Swahili puts whom a question is about in its verb: "amekubali kutambulishwa au bado?"
(has he agreed to be introduced or not yet?) is a news question of its own, after the one
it is about set off by commas ("Je, yule fundi bomba, Bw. Juma Rashidi, amekubali
kutambulishwa au bado?"), and its passive ask names the intro it is about, so it asks
for status outside a thread too. "Amekubali." without "au bado" tells news, and asks
nothing."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command


@pytest.mark.parametrize(
    "text",
    [
        "Shikamoo,\n\nJe, yule fundi bomba, Bw. Juma Rashidi, amekubali kutambulishwa au"
        " bado? Niliomba wiki mbili zilizopita. Bomba la jikoni linaendelea kuvuja.\n\n"
        "Ahsante,\nHalima",
        "Habari,\n\nJe, yule fundi umeme, Bi. Neema Kimaro, ameshakubali kutambulishwa au"
        " bado?\n\nAsante,\nJuma",
    ],
)
def test_agreed_to_be_introduced_or_not_yet_asks_for_status(text: str) -> None:
    found = detect_command("Fundi bomba", text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Amekubali. Asante sana!\n\nHalima",
        "Je, yule fundi bomba, Bw. Juma Rashidi, amekubali kuja kesho au bado?\n\nHalima",
    ],
)
def test_news_told_or_another_agreement_asks_nothing(text: str) -> None:
    assert detect_command("Fundi bomba", text, in_reply_to=False) is None
