"""A trip told in wording notices also use ("je suis en déplacement jusqu'au", "I'm on a
business trip until", "ich bin auf Dienstreise") beside the writer's own yes to the one
asked about, named ("Je serais ravie d'échanger avec Camille"), is a person's note: the
reply is read for its answer. A trip beside a bare confirmation, beside no yes, beside a
yes that names nobody, or beside other notice wording stays a notice. The agent's
question names the one asked about in every language ("Mise en relation avec Camille
Roux ?", "Vorstellung: Jana Weber")."""

from __future__ import annotations

import pytest

from agent.message import parse_message
from agent.understanding.replies import classify_reply
from agent.understanding.reply_names import asked_about


def _reply(subject: str, body: str) -> str:
    return classify_reply(
        parse_message(
            (
                "From: Ana Silva <ana@example.com>\n"
                "To: Intro Agent <intro@example.org>\n"
                f"Subject: {subject}\n"
                "Date: Thu, 06 Mar 2025 09:00:00 +0000\n"
                "Message-ID: <trip@example.com>\n"
                'Content-Type: text/plain; charset="utf-8"\n'
                "MIME-Version: 1.0\n\n"
                f"{body}\n"
            ).encode()
        )
    ).answer


TRIPS = [
    (
        "Re: Mise en relation avec Camille Roux ?",
        "Oui, avec plaisir ! Je serais ravie d'échanger avec Camille.\n\nJe suis en "
        "déplacement jusqu'au 14 novembre, mais disponible ensuite.",
        "yes",
    ),
    (
        "Re: Would you like an introduction to Omar Haddad?",
        "Happy to, I'd be glad to talk to Omar. I'm on a business trip until the 14th.",
        "yes",
    ),
    (
        "AW: Vorstellung: Jana Weber",
        "Ja, sehr gerne, ich würde Jana gerne kennenlernen. Ich bin auf Dienstreise bis "
        "Freitag, danach bin ich frei.",
        "yes",
    ),
    # Near-misses: a bare confirmation, no yes, a yes naming nobody, another notice's words.
    (
        "Re: Mise en relation avec Camille Roux ?",
        "Oui. Je suis en déplacement jusqu'au 14 novembre.",
        "auto_reply",
    ),
    (
        "Re: Mise en relation avec Camille Roux ?",
        "Je suis en déplacement jusqu'au 14 novembre. Je vous répondrai avec plaisir à mon retour.",
        "auto_reply",
    ),
    (
        "Re: Would you like an introduction to Omar Haddad?",
        "I'm on a business trip until the 14th and will gladly answer when I'm back.",
        "auto_reply",
    ),
    (
        "Re: Would you like an introduction to Omar Haddad?",
        "Happy to talk to Omar. I'm on a business trip until the 14th. This mailbox is not "
        "monitored.",
        "auto_reply",
    ),
]


@pytest.mark.parametrize(("subject", "body", "answer"), TRIPS)
def test_a_trip_beside_the_writers_own_yes_is_no_notice(
    subject: str, body: str, answer: str
) -> None:
    assert _reply(subject, body) == answer


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Re: Mise en relation avec Camille Roux ?", "Camille Roux"),
        ("RE: Presentación a Ana López [#12ab]", "Ana López"),
        ("AW: Vorstellung: Jana Weber", "Jana Weber"),
        ("Re: Möchten Sie Sven Albrecht kennenlernen?", "Sven Albrecht"),
        ("RES: Apresentação a Rui Costa", "Rui Costa"),
        ("Re: Utambulisho kwa Amina Juma", "Amina Juma"),
        ("Re: Lunch on Friday?", ""),
    ],
)
def test_the_question_names_the_one_asked_about_in_every_language(subject: str, name: str) -> None:
    assert asked_about(subject, "") == name
