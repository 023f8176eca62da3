"""A notice that says it was sent automatically ("Esta mensagem foi enviada
automaticamente", "This message was sent automatically", "Ce message a été envoyé
automatiquement") is a robot's even with no header marking it, whatever "yes" it holds
about the shop's own business. A person speaking of another mail sent automatically is
read as before."""

from __future__ import annotations

import pytest

from agent.message import parse_message
from agent.understanding.replies import classify_reply


def _answer(body: str) -> str:
    return classify_reply(
        parse_message(
            (
                "From: Loja <loja@example.com>\n"
                "To: Intro Agent <intro@example.org>\n"
                "Subject: Re: Would you like an introduction to Jorge Alvarez? [#1182]\n"
                "Date: Thu, 06 Mar 2025 09:00:00 +0000\n"
                "Message-ID: <auto-body@example.com>\n"
                'Content-Type: text/plain; charset="utf-8"\n'
                "MIME-Version: 1.0\n\n"
                f"{body}\n"
            ).encode()
        )
    ).answer


SENT_AUTOMATICALLY = [
    ("Thanks. Yes, we ship the same day. This message was sent automatically.", "auto_reply"),
    (
        "Merci pour votre message. Oui, nous expédions le jour même. Ce message a été "
        "envoyé automatiquement.",
        "auto_reply",
    ),
    (
        "Gracias. Sí, enviamos el mismo día. Este mensaje ha sido enviado automáticamente.",
        "auto_reply",
    ),
    (
        "Danke. Ja, Versand am selben Tag. Diese Nachricht wurde automatisch versendet.",
        "auto_reply",
    ),
    (
        "Obrigado pela sua mensagem. Sim, enviamos no mesmo dia. Esta mensagem foi enviada "
        "automaticamente.",
        "auto_reply",
    ),
    ("Asante. Ndiyo, tunatuma siku hiyo hiyo. Ujumbe huu umetumwa kiotomatiki.", "auto_reply"),
    # A service desk's receipt saying it is an automated message, or not to reply directly.
    (
        "*** This is an automated message. Please do not reply directly to this email. ***\n"
        "Reference: REQ-1042\nStatus: RECEIVED\nA member of the team will review your request.",
        "auto_reply",
    ),
    ("Your request has been logged. Do not reply directly to this email.", "auto_reply"),
    ("Ceci est un e-mail automatique. Votre demande a été enregistrée.", "auto_reply"),
    ("Este es un correo automático. No responda directamente a este mensaje.", "auto_reply"),
    ("Dies ist eine automatische Nachricht. Ihre Anfrage wurde erfasst.", "auto_reply"),
    ("Esta é uma mensagem automática. O seu pedido foi registado.", "auto_reply"),
    ("Huu ni ujumbe wa kiotomatiki. Usijibu moja kwa moja.", "auto_reply"),
    # Near-miss: a person's yes beside another mail sent automatically.
    ("Yes, happy to. Sorry, my last one went out automatically by mistake.", "yes"),
]


@pytest.mark.parametrize(("body", "answer"), SENT_AUTOMATICALLY)
def test_a_notice_sent_automatically_is_a_robots(body: str, answer: str) -> None:
    assert _answer(body) == answer


# A helpdesk's receipt logging the mail as a ticket, with no header marking a robot.
TICKET_RECEIPTS = [
    (
        "Hello,\n\nThank you for writing to the Greenway support desk. Your request has been "
        "logged as ticket GW-3310.\n\nA volunteer will pick it up soon.",
        "auto_reply",
    ),
    (
        "Bonjour,\n\nVotre demande a été enregistrée sous le ticket GW-3310. Un bénévole "
        "vous répondra bientôt.",
        "auto_reply",
    ),
    (
        "Hola,\n\nSu solicitud ha sido registrada con el ticket GW-3310. Un voluntario le "
        "responderá pronto.",
        "auto_reply",
    ),
    (
        "Hallo,\n\nIhre Anfrage wurde als Ticket erfasst (GW-3310). Ein Ehrenamtlicher "
        "meldet sich bald.",
        "auto_reply",
    ),
    (
        "Olá,\n\nA sua solicitação foi registrada como chamado GW-3310. Um voluntário "
        "responderá em breve.",
        "auto_reply",
    ),
    (
        "Habari,\n\nOmbi lako limesajiliwa kama tiketi GW-3310. Mjitolea atakujibu hivi karibuni.",
        "auto_reply",
    ),
    ("To add information to this ticket, reply and keep [GW-3310] in the subject.", "auto_reply"),
    # Near-misses: a person speaking of tickets of their own is read for their answer.
    ("Yes, happy to meet her. I just bought a ticket to the conference too.", "yes"),
    ("No thanks, I've logged enough hours this month.", "no"),
]


@pytest.mark.parametrize(("body", "answer"), TICKET_RECEIPTS)
def test_a_receipt_logging_a_ticket_is_a_robots(body: str, answer: str) -> None:
    assert _answer(body) == answer
