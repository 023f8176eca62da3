"""After a yes, a note on reaching the writer that gives hours of the week, then says
with "otherwise" ("sonst", "sinon", "de lo contrario", "caso contrário", "vinginevyo")
that the phone goes unanswered outside them ("Am besten erreichen Sie mich zwischen 13
und 14:30 Uhr, sonst komme ich nicht ans Telefon"), tells when the writer can be reached:
no refusal, no condition on the yes. An "otherwise" that refuses, names no channel, puts
or puts a channel off to a date still doubts the yes; so does a German "wenn" after the
hours, which may be "if"."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OUTSIDE_HOURS = [
    "Yes, very happy to! Best to reach me between 1 and 2:30 - otherwise I'm with the group "
    "and don't get to the phone.",
    "Oui, avec plaisir. Appelez-moi entre 13h et 14h, sinon je ne réponds pas au téléphone.",
    "Sí, encantada. Mejor llamarme entre la 1 y las 2, de lo contrario no contesto el teléfono.",
    "Ja, sehr gerne! Am besten erreichen Sie mich zwischen 13 und 14:30 Uhr, sonst komme ich "
    "nicht ans Telefon.",
    "Sim, com prazer. Melhor ligar entre a 1 e as 2, caso contrário não atendo o telefone.",
    "Ndiyo, nitafurahi. Nipigie simu mchana, vinginevyo sipokei simu.",
]

NEAR_MISSES = [
    # The other branch refuses, or names no channel.
    "Yes, happy to. Call me at 2, otherwise I won't meet him.",
    "Yes, happy to. Call me at 2, otherwise I'm not interested.",
    "Ja, gerne. Rufen Sie mich um 14 Uhr an, sonst lieber nicht.",
    # A channel put off to a date.
    "Yes, happy to. Call me in the mornings, otherwise don't call before March.",
    # A condition on the topic, not a time ("wenn" is "if" here).
    "Ja, gerne. Am besten erreichen Sie mich zwischen 13 und 14 Uhr, wenn es um die Stelle geht.",
]


@pytest.mark.parametrize("text", OUTSIDE_HOURS)
def test_no_phone_outside_the_hours_given_refuses_nothing(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_other_otherwises_still_doubt(text: str) -> None:
    assert classify_text(text) == "unclear"
