"""A reply that is nothing but a time of day said to suit ("Thursday 3pm works 👍")
may answer another mail, as the opt-in question proposes no time: unclear, unless the
quoted reason names that very slot ("sie schlägt Donnerstag, 15 Uhr vor"). A time said
not to suit ("Quinta às 15h não dá") turns down the slot, not the introduction. A yes of
its own, the one asked about or a meeting beside the time, and a time offered "if that
suits" after a yes, keep the yes."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply, classify_text, read_answer

SUITED = [
    "Thursday 3pm works 👍",
    "Thursday 3pm works for me",
    "Ok, Thursday 3pm works",
    "Jeudi 15h me va",
    "Jeudi à 15h, ça me convient 👍",
    "Donnerstag 15 Uhr passt",
    "Donnerstag um 15 Uhr passt mir gut",
]


@pytest.mark.parametrize("text", SUITED)
def test_a_time_said_to_suit_alone_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


DECLINED = [
    "Thursday 3pm doesn't work, I'm on shift",
    "Jeudi 15h ça ne me va pas",
    "El jueves a las 15h no puedo",
    "Donnerstag 15 Uhr geht nicht",
    "Quinta às 15h não dá, tô de plantão na UTI neo até sexta de manhã.",
    "Alhamisi saa 9 haiwezekani",
]


@pytest.mark.parametrize("text", DECLINED)
def test_a_time_said_not_to_suit_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


KEPT = [
    ("Happy to. Thursday 3pm works", "yes"),
    ("Thursday works for me", "yes"),
    ("Happy to speak with him - Thursday 3pm works for me if that suits.", "yes"),
    ("Yes, if that suits.", "unclear"),
    ("D'accord, si elle veut.", "unclear"),
    ("Yes, Thursday 3pm if it works out for my boss.", "unclear"),
    ("Thursday 3pm? ", "unclear"),
    ("Não dá, tô de plantão", "no"),
    ("Agora não dá", "no"),
    ("Quinta às 15h não dá, e não tenho interesse.", "no"),
    ("El jueves no puedo, no me interesa.", "no"),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_near_misses_keep_their_reading(text: str, expected: str) -> None:
    assert classify_text(text) == expected


def test_naming_the_one_asked_about_keeps_the_yes() -> None:
    answer, _ = read_answer("Thursday 3pm works for me to meet Gavin", asked="Gavin Moss")
    assert answer == "yes"


def _reply(body: str, reason: str, label: str = "Reason") -> ParsedMessage:
    quote = "\n".join(
        [
            "> Hallo Katarzyna,",
            ">",
            "> Bernd Albers would like to introduce you to Jana Ostrowski.",
            f"> {label}: {reason}",
            ">",
            '> Would you like the introduction? Just reply "yes" or "no".',
        ]
    )
    head = (
        "From: Katarzyna Nowak <k@example.com>\nTo: intro@example.org\n"
        "Subject: Re: Introduction: Jana Ostrowski?\nMessage-ID: <r1@example.com>\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
    )
    text = f"{head}\n{body}\n\nOn 3 Nov 2025 at 08:40, Intro Agent wrote:\n{quote}\n"
    return parse_message(text.replace("\n", "\r\n").encode())


SLOT = "Jana would like to call you briefly - she suggests Thursday at 3pm."


@pytest.mark.parametrize(
    ("body", "reason", "label", "expected"),
    [
        ("Thursday 3pm works 👍", SLOT, "Reason", "yes"),
        ("Thursday 3pm works 👍", SLOT, "Why", "yes"),
        (
            "Donnerstag 15 Uhr passt.",
            "Jana würde Sie gern anrufen - sie schlägt Donnerstag, 15 Uhr vor.",
            "Grund",
            "yes",
        ),
        ("Friday 3pm works 👍", SLOT, "Reason", "unclear"),
        ("Thursday 4pm works 👍", SLOT, "Reason", "unclear"),
        ("Thursday 8:40 works", SLOT, "Reason", "unclear"),
        ("Thursday 3pm works 👍", "Jana is writing about ward handovers.", "Reason", "unclear"),
        ("Quinta às 15h não dá", "Jana sugere quinta às 15h.", "Motivo", "unclear"),
    ],
)
def test_the_slot_the_reason_proposes_accepted_is_a_yes(
    body: str, reason: str, label: str, expected: str
) -> None:
    assert classify_reply(_reply(body, reason, label)).answer == expected
