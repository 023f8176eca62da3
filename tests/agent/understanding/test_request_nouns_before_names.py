"""Nouns that read as part of a name where they stand before one.

German capitalises every noun, and "von" is a name particle: "die Anfrage von Felix",
"die Zeilen von Felix" in a forward's note are the request or the lines of the
forwarded mail's author, no one named "Anfrage von Felix". Swahili "wa" joins a
Kikuyu name ("Kamau wa Kinyanjui"), but before a place of worship or a group
("Mchungaji Elia wa Parokia ya Kinondoni", "wa Kanisa", "wa Kikundi") it says where the
one named serves: the name ends before it."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_FORWARDED = (
    "\n\nDanke!\nStefan\n\n-------- Weitergeleitete Nachricht --------\nBetreff: Frage\n"
    "Von: Felix Brandt <felix@posteo.example>\nAn: Stefan Hoffmann <stefan@gmx.example>\n\n"
    "Hallo Stefan, kennst du jemanden bei dem Projekt? Könntest du mich vorstellen?\n\nFelix"
)


@pytest.mark.parametrize("noun", ["Anfrage", "Zeilen", "Kontaktanfrage", "Rückfrage"])
def test_a_german_noun_before_von_names_no_one(noun: str) -> None:
    result = understand(
        f"Hallo,\n\nanbei die {noun} von Felix. Würdest du ihn bitte mit Ingrid Lund"
        " <ingrid@lund.example> zusammenbringen?" + _FORWARDED,
        sender="Stefan Hoffmann <stefan@gmx.example>",
    )
    assert result.kind == "intro_request"
    assert result.confident
    assert result.a == Party("Felix Brandt", "felix@posteo.example")
    assert result.b == Party("Ingrid Lund", "ingrid@lund.example")


@pytest.mark.parametrize(
    "group", ["Parokia ya Kinondoni", "Kanisa la Kilutheri", "Kikundi cha Vijana"]
)
def test_a_swahili_group_after_wa_is_no_part_of_the_name(group: str) -> None:
    result = understand(
        f"Mchungaji Elia wa {group}, kutana na Mama Rehema. Mama Rehema anaongoza kikundi cha"
        " akina mama.\n\nJoseph",
        sender="Joseph Mushi <jmushi@mushi.example>",
        to="Elia Mwakasege <elia@parokia.example>, Rehema Said <rehema@kituo.example>",
        cc="intro@introbot.net",
    )
    assert result.kind == "intro_request"
    assert result.confident
    assert {result.a, result.b} == {
        Party("Elia Mwakasege", "elia@parokia.example"),
        Party("Rehema Said", "rehema@kituo.example"),
    }


def test_a_kikuyu_name_with_wa_stays_whole() -> None:
    result = understand(
        "Tafadhali nitambulishe kwa Kamau wa Kinyanjui (kamau@kinyanjui.example).",
        sender="Joseph Mushi <jmushi@mushi.example>",
    )
    assert result.confident
    assert result.b == Party("Kamau wa Kinyanjui", "kamau@kinyanjui.example")
