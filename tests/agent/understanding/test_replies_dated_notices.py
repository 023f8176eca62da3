"""A notice without headers that dates the writer's own absence ("vom 3.3. bis 14.3.",
"from 3 to 14 March") and says no mail is read meanwhile ("lese in dieser Zeit keine
Mails", "won't be reading email") is a notice, even beside a bare "Ja" about its own
business. A person's yes in words of their own beside such a note, a refusal, a hand-off,
an absence named without a date or told of someone else stays as it was read."""

from __future__ import annotations

import pytest

from agent.message import parse_message
from agent.understanding.replies import classify_reply


def _reply(body: str, subject: str = "Re: Introduction to Lena Hartmann? [#ab12]") -> str:
    return classify_reply(
        parse_message(
            (
                "From: Tom Berger <tom@example.com>\n"
                "To: Intro Agent <intro@example.org>\n"
                f"Subject: {subject}\n"
                "Date: Thu, 06 Mar 2025 09:00:00 +0000\n"
                "Message-ID: <dated@example.com>\n"
                'Content-Type: text/plain; charset="utf-8"\n'
                "MIME-Version: 1.0\n\n"
                f"{body}\n"
            ).encode()
        )
    ).answer


NOTICES = [
    "Hallo! Ich bin vom 3.3. bis einschließlich 14.3. im Urlaub und lese in dieser Zeit "
    "keine Mails. Bestellungen bitte an info@example.com. Ja, der Laden ist geöffnet.",
    "Hi, I'm on holiday from 3 to 14 March and won't be reading email. Yes, the shop is "
    "open as usual.",
    "Bonjour, je suis en congés du 3 au 14 mars et je ne lirai pas mes mails. Oui, la "
    "boutique reste ouverte.",
    "Hola, estoy de vacaciones del 3 al 14 de marzo y no leeré el correo. Sí, la tienda "
    "sigue abierta.",
    "Olá, estou de férias de 3 a 14 de março e não lerei e-mails. Sim, a loja continua aberta.",
    "Habari, niko likizo kuanzia tarehe 3 hadi 14 Machi na sitasoma barua pepe. Ndiyo, "
    "duka liko wazi.",
]


@pytest.mark.parametrize("body", NOTICES)
def test_a_dated_absence_reading_no_mail_is_a_notice(body: str) -> None:
    assert _reply(body) == "auto_reply"


NEAR_MISSES = [
    # The writer's own yes in words of their own beside the note.
    (
        "Happy to meet Lena! I'm on holiday from 3 to 14 March and won't be reading "
        "email, so I'll write after that.",
        "yes",
    ),
    (
        "Sehr gerne, ich lerne Frau Hartmann gern kennen! Ich bin vom 3.3. bis 14.3. im "
        "Urlaub und lese in dieser Zeit keine Mails.",
        "yes",
    ),
    # No date: "not before Monday" dates nothing.
    (
        "Avec plaisir ! En revanche je ne pourrai pas répondre avant lundi, je suis en "
        "déplacement.",
        "yes",
    ),
    # A refusal in the writer's words.
    (
        "No thanks. I'm on holiday from 3 to 14 March and won't be reading email.",
        "no",
    ),
]


@pytest.mark.parametrize(("body", "answer"), NEAR_MISSES)
def test_a_persons_answer_beside_a_dated_absence_is_read(body: str, answer: str) -> None:
    assert _reply(body) == answer


def test_an_absence_said_of_someone_else_is_no_notice() -> None:
    body = "Yes. He's on holiday from 3 to 14 March and won't be reading email."
    assert _reply(body) != "auto_reply"
