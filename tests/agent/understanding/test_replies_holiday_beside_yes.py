"""A person's yes beside their own holiday ("Oui, avec plaisir ! Je suis en congés du 3
au 14, je lui écrirai en rentrant."): the first sentence answers as only a person does
and the text speaks of the one asked about or of replying, so the holiday wording marks
no notice. A real notice, a bare "Oui." before one, or other notice wording beside the
yes stays an automatic reply."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply

QUESTION = (
    "> Ann would like to introduce you to Bob Meyer, who is hiring data engineers.\n"
    "> Would you like the introduction? Reply yes or no."
)


def reply(body: str) -> ParsedMessage:
    head = (
        "From: Carla Diaz <carla@example.com>\nTo: intro@example.org\n"
        "Subject: Re: Introduction to Bob Meyer\nMessage-ID: <r1@example.com>\n"
    )
    text = f"{head}\n{body}\n\n{QUESTION}\n"
    return parse_message(text.replace("\n", "\r\n").encode())


@pytest.mark.parametrize(
    "body",
    [
        "Oui, volontiers ! Je suis en congés jusqu'au 20, je lui écrirai en rentrant.",
        "Oui avec plaisir, je suis en vacances cette semaine, je lui répondrai lundi.",
        "Sí, encantado. Estoy de vacaciones hasta el día 20, le escribo a la vuelta.",
        "Ja, sehr gerne! Ich bin bis zum 20. im Urlaub und schreibe ihm nach meiner Rückkehr.",
        "Sim, com todo o gosto! Estou de férias até dia 20, escrevo-lhe quando voltar.",
        "Ndiyo, kwa furaha! Niko likizo hadi tarehe 20, nitamwandikia nikirudi.",
        "Yes, happy to! I'm on holiday until the 20th, I'll write to him when I'm back.",
        "Hola Marta, sí, encantada. Estoy de vacaciones hasta el 20, le escribo a Bob a la vuelta.",
    ],
)
def test_a_yes_beside_the_writers_holiday_is_yes(body: str) -> None:
    assert classify_reply(reply(body)).answer == "yes"


@pytest.mark.parametrize(
    "body",
    [
        "Oui, volontiers ! Je suis en congés jusqu'au 20, je lui écris dès que je rentre.",
        "Sí, encantado. Estoy de vacaciones hasta el día 20, le escribo cuando vuelva.",
        "Ja, sehr gerne! Ich bin bis zum 20. im Urlaub und melde mich danach bei ihm.",
    ],
)
def test_a_person_beside_their_holiday_is_no_notice(body: str) -> None:
    # Whether a reply timed this way puts the yes off is the answer's own reading.
    assert classify_reply(reply(body)).answer != "auto_reply"


@pytest.mark.parametrize(
    "body",
    [
        # Real notices, with or without a bare confirmation.
        "Je suis en congés jusqu'au 20 avec un accès limité à mes mails. "
        "Pour toute urgence, contactez Marie Dupont.",
        "Oui. Je suis en congés jusqu'au 20, je lui écrirai en rentrant.",
        "Estoy de vacaciones hasta el 20 con acceso limitado al correo. "
        "Para cualquier urgencia, contacte con Ana.",
        "Ich bin bis zum 20. im Urlaub und habe nur eingeschränkt Zugriff auf meine E-Mails. "
        "In dringenden Fällen wenden Sie sich an Frau Huber.",
        "Estou de férias até dia 20 com acesso limitado ao email. "
        "Para assuntos urgentes, contacte a Ana.",
        "Niko likizo hadi tarehe 20. Kwa dharura wasiliana na Ana.",
        # A yes that opens nothing, or more notice wording beside the yes.
        "Merci pour votre message. Je suis en congés jusqu'au 20, je lui écrirai en rentrant.",
        "Gracias por su mensaje. Estoy de vacaciones hasta el 20, le escribo a la vuelta.",
        "Oui, avec plaisir ! Je suis en congés jusqu'au 20 et ne lirai pas mes mails, "
        "je lui écrirai en rentrant.",
        "Ja, gerne! Ich bin bis zum 20. im Urlaub. In dringenden Fällen wenden Sie sich an "
        "Frau Huber, sie hilft Ihnen.",
        # A yes and a holiday, but nothing of the one asked about or of replying.
        "Oui, avec plaisir ! Je suis en congés jusqu'au 20.",
    ],
)
def test_a_notice_stays_an_automatic_reply(body: str) -> None:
    assert classify_reply(reply(body)).answer == "auto_reply"
