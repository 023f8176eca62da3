"""Inline answers: a yes written under the quoted opt-in question answers it, and what
the writer wrote under the quoted reason, above it, answers the reason. When that says a
yes of its own and refuses only things it names that are neither the introduction, a
meeting, the one asked about nor anyone else ("Happy to share what we learned. To be
clear though, I'm not looking for a new role"), it scopes the yes, which stands. A bare
refusal above, one of a meeting or a person, a question, a doubt, no yes there, or no
yes under the question leave the reply unclear."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply

REASON = "Victor is hiring data engineers and would like advice on his data platform."


def _mail(above: str, under: str) -> ParsedMessage:
    body = "\n".join(
        [
            "Hi,",
            "",
            "Answers inline.",
            "",
            "On 19/11/2025 08:47, Intro Agent wrote:",
            "> Hello Hannah,",
            ">",
            "> Amara Diallo would like to introduce you to Victor Huang.",
            ">",
            f"> Reason: {REASON}",
            "",
            above,
            "",
            '> Would you like the introduction? Just reply "yes" or "no".',
            "",
            under,
            "",
            "> Nothing is shared before both of you say yes.",
            ">",
            "> Intro Agent, on behalf of Amara Diallo",
            "",
            "Hannah",
        ]
    )
    head = (
        "From: Hannah Osei <hannah@example.com>\nTo: intro@example.org\n"
        "Subject: Re: Introduction to Victor Huang?\n"
        "Message-ID: <r1@example.com>\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
    )
    return parse_message(f"{head}\n{body}\n".replace("\n", "\r\n").encode())


SCOPED = (
    "Happy to share what we learned moving off Airflow last year. To be clear though,"
    " I'm not looking for a new role and I'm not going to refer my team."
)


@pytest.mark.parametrize(
    ("above", "under"),
    [
        (SCOPED, "Yes, go ahead. Easiest is my calendar link."),
        (
            "Gerne erzähle ich, was wir gelernt haben. Ich suche aber keine neue Stelle.",
            "Ja, gerne.",
        ),
        (
            "Avec plaisir pour partager notre expérience, mais je ne cherche pas de nouveau poste.",
            "Oui, allez-y.",
        ),
    ],
)
def test_a_yes_under_the_question_beside_a_scoped_answer_to_the_reason_is_yes(
    above: str, under: str
) -> None:
    assert classify_reply(_mail(above, under)).answer == "yes"


@pytest.mark.parametrize(
    ("above", "under"),
    [
        # What is said above refuses the introduction, a meeting or a person.
        ("Happy to share what we learned, but not interested.", "Yes, go ahead."),
        ("Happy to share what we learned, but I won't meet him.", "Yes, go ahead."),
        ("Happy to share what we learned, but I'd rather not talk to him.", "Yes, go ahead."),
        ("Happy to share what we learned, but no introduction please.", "Yes, go ahead."),
        ("Happy to share what we learned, but I'm not looking to connect.", "Yes, go ahead."),
        ("Happy to help. No.", "Yes, go ahead."),
        # No yes above, a doubt or a question there.
        ("I'm not looking for a new role.", "Yes, go ahead."),
        ("Happy to share, but I'm not sure I'm the right person.", "Yes, go ahead."),
        ("Happy to share, but is this paid?", "Yes, go ahead."),
        # No yes under the question.
        (SCOPED, "Maybe, let me think about it."),
        (SCOPED, "No thanks."),
    ],
)
def test_anything_else_leaves_it_as_it_was(above: str, under: str) -> None:
    assert classify_reply(_mail(above, under)).answer != "yes"
