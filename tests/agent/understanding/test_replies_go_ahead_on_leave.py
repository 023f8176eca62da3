"""A person who tells of their own leave and goes ahead with the introduction to the one
asked about, named ("I'm on leave until the 3rd, but yes, happy to meet Erik. Please go
ahead"), writes no notice and says yes; a notice names no one, and a yes with no
go-ahead beside the leave still waits. A note that the writer is "not really checking
email" on leave is an aside, no refusal."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage
from agent.understanding.replies import classify_reply, classify_text
from tests.agent.understanding.test_reply_names import reply as reply_about


def reply(body: str, other: str = "Erik Lindqvist") -> ParsedMessage:
    return reply_about(body, other)


GO_AHEADS_ON_LEAVE = [
    (
        "I'm on annual leave until the 3rd, but yes, happy to meet Erik. Please go ahead and"
        " connect us.",
        "yes",
    ),
    (
        "I'm on annual leave until the 3rd and not really checking email, but yes, happy to"
        " meet Erik. Please go ahead.",
        "yes",
    ),
    (
        "Je suis en congé jusqu'au 3, mais oui, ravie de rencontrer Erik. Allez-y,"
        " mettez-nous en contact.",
        "yes",
    ),
    (
        "Estoy de vacaciones hasta el día 3, pero sí, encantada de conocer a Erik. Ponnos en"
        " contacto.",
        "yes",
    ),
    ("Estou de férias até dia 3, mas sim, adoraria conhecer o Erik. Pode nos apresentar.", "yes"),
    (
        "Niko likizo hadi tarehe 3, lakini ndiyo, ningependa kukutana na Erik. Unaweza"
        " kututambulisha.",
        "yes",
    ),
    # No go-ahead beside the leave: the yes still waits, as before.
    ("I'm on annual leave until the 3rd, but yes, happy to meet Erik.", "unclear"),
    # Someone else's leave: the yes waits for them.
    ("My boss is on parental leave, but yes, happy to meet Erik. Please go ahead.", "unclear"),
    # No one named, or mail said to go unread: a notice.
    ("I'm on annual leave until the 3rd. Please go ahead and connect us.", "auto_reply"),
    ("Je suis en congé jusqu'au 3. Allez-y.", "auto_reply"),
    (
        "Estou de férias até dia 3 e não leio e-mails. Mas sim, adoraria conhecer o Erik."
        " Pode nos apresentar.",
        "auto_reply",
    ),
]


@pytest.mark.parametrize(("body", "answer"), GO_AHEADS_ON_LEAVE)
def test_a_go_ahead_beside_the_writers_own_leave_says_yes(body: str, answer: str) -> None:
    assert classify_reply(reply(body)).answer == answer


NOT_REALLY_ON_EMAIL = [
    ("I'm away until the 3rd and not really looking at email. Yes, happy to meet her.", "yes"),
    ("Yes, happy to meet her. I'm away until the 3rd and not really checking my email.", "yes"),
    ("Oui, avec plaisir. Je suis absente et je ne regarde pas vraiment mes mails.", "yes"),
    ("Ja, gerne. Ich bin bis zum 3. unterwegs und lese meine Mails nicht wirklich.", "yes"),
    # "Not really" answering on its own still refuses.
    ("Not really, thanks.", "no"),
    ("Not really, I'm not checking email much.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_REALLY_ON_EMAIL)
def test_not_really_reading_mail_is_an_aside(text: str, answer: str) -> None:
    assert classify_text(text) == answer
