"""A yes to meeting someone other than the one the introduction is about."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply
from agent.understanding.reply_names import asked_about


def reply(body: str, other: str = "Daniel Kessler") -> ParsedMessage:
    head = (
        "From: Carla Diaz <carla@example.com>\nTo: intro@example.org\n"
        f"Subject: Re: Would you like an introduction to {other}? [#f6c3]\n"
        'Message-ID: <r1@example.com>\nContent-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n"
    )
    return parse_message(f"{head}\n{body}\n".replace("\n", "\r\n").encode())


MEETING_SOMEONE_ELSE = [
    # A yes whose sentence names another person to meet answers nothing about the one
    # asked about.
    ("Oh yes, I'd love to meet Anna! We've been trying to find a date.", "unclear"),
    ("Yes, please introduce me to Anna Weber.", "unclear"),
    ("Oui, avec plaisir, j'aimerais beaucoup rencontrer Anna !", "unclear"),
    ("Oui, ravie de faire la connaissance d'Anna.", "unclear"),
    ("Sí, me encantaría conocer a Anna.", "unclear"),
    ("Sí, me encantaría conocer a la Sra. López.", "unclear"),
    ("Ja, ich würde Anna gerne kennenlernen.", "unclear"),
    ("Sim, adoraria conhecer a Anna.", "unclear"),
    ("Ndiyo, ningependa kukutana na Anna.", "unclear"),
    # The one asked about, by first name, surname or full name, accents aside.
    ("Oh yes, I'd love to meet Daniel!", "yes"),
    ("Yes, happy to meet Mr. Kessler.", "yes"),
    ("Oui, ravi de rencontrer M. Kessler.", "yes"),
    ("Sí, me encantaría conocer a Daniel Kessler.", "yes"),
    ("Ja, ich würde Herrn Kessler gerne kennenlernen.", "yes"),
    ("Sim, adoraria conhecer o Daniel.", "yes"),
    ("Ndiyo, ningependa kukutana na Daniel.", "yes"),
    # No name: as before.
    ("Yes, happy to meet him.", "yes"),
    ("Yes, happy to meet on Tuesday.", "yes"),
    ("Yes, happy to meet Tuesday.", "yes"),
    ("Sure, happy to meet the Board too.", "yes"),
    ("Ja, ich würde das Team gerne kennenlernen.", "yes"),
    ("Ja, ich würde Sie gerne kennenlernen.", "yes"),
    # Another person named in a sentence that says no yes.
    ("Yes please. I'm meeting Anna tomorrow anyway.", "yes"),
]


@pytest.mark.parametrize(("body", "answer"), MEETING_SOMEONE_ELSE)
def test_a_yes_to_meeting_someone_else_is_unclear(body: str, answer: str) -> None:
    assert classify_reply(reply(body)).answer == answer


def test_accents_aside_the_name_is_the_same() -> None:
    assert classify_reply(reply("Yes, I'd love to meet Muller.", "Daniel Müller")).answer == "yes"
    assert classify_reply(reply("Sí, quiero conocer a José.", "Jose Ortega")).answer == "yes"


def test_the_one_asked_about_is_read_from_the_subject_or_the_quoted_question() -> None:
    assert asked_about("Re: Would you like an introduction to Herr Demir? [#c2b9]", "") == (
        "Herr Demir"
    )
    assert asked_about("Re: an introduction to Ana Lima: yes or no? [#c2b9]", "") == "Ana Lima"
    quoted = "> Paul Renner would like to introduce you to Daniel Kessler.\n"
    assert asked_about("Re: hello", quoted) == "Daniel Kessler"
    assert asked_about("Re: hello", "Yes!") == ""
