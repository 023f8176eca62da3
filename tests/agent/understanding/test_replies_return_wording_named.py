"""A notice's return wording that a person also writes ("nitajibu nikirudi", "I will
reply when I return") beside the writer's own yes, not a bare confirmation, in a mail
that names the one asked about, is the person's note, never a robot's notice: the reply
is read as any other, where the return wording still doubts the yes. A bare
confirmation beside it, or no name of the one asked about, leaves the notice."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply


def _reply(body: str) -> ParsedMessage:
    head = (
        "From: Halima Said <halima@example.org>\nTo: intro@introbot.net\n"
        "Subject: Re: Introduction to Lucy Achieng?\nMessage-ID: <r1@example.org>\n"
        "Content-Type: text/plain; charset=utf-8\n"
    )
    quote = (
        "\n\nOn Fri, 17 Oct 2025 at 08:30, Intro Agent <intro@introbot.net> wrote:\n\n"
        "> Omar Bakari would like to introduce you to Lucy Achieng.\n>\n"
        '> Would you like the introduction? Just reply "yes" or "no".\n'
    )
    return parse_message(f"{head}\n{body}{quote}".encode())


PERSONS = [
    "Ndiyo, nipo tayari kabisa! Nitafurahi sana kuzungumza na Dr. Achieng. Kwa sasa niko"
    " baharini hadi Jumatatu, lakini nitajibu nikirudi ofisini.\n\nHalima",
    "Yes, absolutely! Happy to talk to Lucy. I'm at sea until Monday, the network is poor,"
    " but I will reply when I return to the office.\n\nHalima",
]


@pytest.mark.parametrize("body", PERSONS)
def test_return_wording_beside_an_own_yes_naming_the_other_is_a_person(body: str) -> None:
    verdict = classify_reply(_reply(body))
    assert verdict.answer == "unclear"


NOTICES = [
    "Yes. I will reply when I return.\n\nHalima",
    "Ndiyo. Nitajibu nikirudi.\n\nHalima",
    "Happy to! I will reply when I return.\n\nHalima",
    "I am at sea until Monday and will reply when I return. For Lucy Achieng please"
    " contact Omar.\n\nHalima",
]


@pytest.mark.parametrize("body", NOTICES)
def test_return_wording_without_an_own_yes_naming_the_other_stays_a_notice(body: str) -> None:
    assert classify_reply(_reply(body)).answer == "auto_reply"
