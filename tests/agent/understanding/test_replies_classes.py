"""Classes of replies read by their wording: a robot's acknowledgement, courtesies
that doubt nothing, refusals for good or for this time, an assistant's word for the
one asked, and a yes on the offer still standing."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply, classify_text


def reply(body: str) -> ParsedMessage:
    head = (
        "From: Carla Diaz <carla@example.com>\nTo: intro@example.org\n"
        "Subject: Re: Introduction to Bob\nMessage-ID: <r1@example.com>\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
    )
    return parse_message(f"{head}\n{body}\n".replace("\n", "\r\n").encode())


ACKNOWLEDGEMENTS = [
    "This is an automated acknowledgement to confirm that your message has reached us."
    " Replies to this address are not monitored.",
    "Thank you for your message. Replies to this address are not monitored.",
    "Ceci est un accusé de réception automatique : votre message nous est bien parvenu.",
    "Este es un acuse de recibo automático para confirmar que hemos recibido su mensaje.",
    "Dies ist eine automatische Eingangsbestätigung. Ihre Nachricht ist bei uns eingegangen.",
    "Esta é uma confirmação automática de recepção: a sua mensagem foi recebida.",
    "Huu ni ujumbe wa kiotomatiki kuthibitisha kwamba tumepokea barua pepe yako.",
]


@pytest.mark.parametrize("body", ACKNOWLEDGEMENTS)
def test_an_automated_acknowledgement_is_a_robot(body: str) -> None:
    assert classify_reply(reply(body)).answer == "auto_reply"


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        # A person speaking of an acknowledgement still answers.
        ("Yes, happy to. Your acknowledgement came through, thanks.", "yes"),
        ("I got the acknowledgement. No thanks, though.", "no"),
        ("Oui, avec plaisir. Votre accusé de réception est arrivé, merci.", "yes"),
        ("Ja, gerne. Ihre Eingangsbestätigung kam an, danke.", "yes"),
    ],
)
def test_a_person_mentioning_an_acknowledgement_still_answers(body: str, answer: str) -> None:
    assert classify_reply(reply(body)).answer == answer


KIND_OF_YOU = [
    ("Absolutely - very kind of you to think of me for this.", "yes"),
    ("Yes, kind of you to think of me.", "yes"),
    ("Thanks, that's very kind of you. Happy to.", "yes"),
    ("Volontiers, c'est gentil de penser à moi.", "yes"),
    ("Con gusto, muy amable de tu parte.", "yes"),
    ("Gerne, sehr nett von Ihnen, an mich zu denken.", "yes"),
    ("Com todo o gosto, muito gentil da sua parte.", "yes"),
    ("Ndiyo, ni wema wako kunikumbuka.", "yes"),
    # A thanks alone answers nothing, and declining stays a no.
    ("Very kind of you.", "unclear"),
    ("Nice of you to think of me.", "unclear"),
    ("Sehr nett von Ihnen, aber nein danke.", "no"),
    # "kind of" as "somewhat" still doubts.
    ("I'm kind of interested.", "unclear"),
    ("Kind of, yes.", "unclear"),
    ("Sure, I'm kind of keen.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), KIND_OF_YOU)
def test_kind_of_you_thanks_and_doubts_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
