"""A person passing the question on in their own voice ("I've forwarded this to Dr. Lee,
she will get back to you", "Je transmets à M. Dupont") wrote the reply and answers
nothing yet: unclear, not an automatic reply, whatever leave or travel it tells of. A
notice saying the mail "will be forwarded", and one marked by its headers, are still a
robot's."""

from __future__ import annotations

import pytest

from agent.message import parse_message
from agent.understanding.replies import classify_reply


def _reply(body: str, headers: str = "") -> str:
    return classify_reply(
        parse_message(
            (
                "From: Ana Silva <ana@example.com>\n"
                "To: Intro Agent <intro@example.org>\n"
                "Subject: Re: Would you like an introduction to Jorge Alvarez? [#1182]\n"
                "Date: Thu, 06 Mar 2025 09:00:00 +0000\n"
                "Message-ID: <handoff@example.com>\n"
                f"{headers}"
                'Content-Type: text/plain; charset="utf-8"\n'
                "MIME-Version: 1.0\n\n"
                f"{body}\n"
            ).encode()
        )
    ).answer


HAND_OFFS = [
    "I have passed your message on to Dr. Lee. She will respond as soon as possible.",
    "Thanks, I've forwarded your email to Mr. Rao, who is currently travelling.",
    "Dr. Lee is on holiday until Monday; I've passed this on and she will reply.",
    "Dr. Lee is on parental leave. I've forwarded your message to her deputy.",
    "Je transmets à M. Dupont, il est en déplacement et vous répondra dès son retour.",
    "J'ai fait suivre votre message à Mme Martin, elle est en congé jusqu'au 12.",
    "Le he reenviado su mensaje al Sr. García, que está de viaje.",
    "Ich habe Ihre Nachricht an Herrn Dr. Huber weitergeleitet, er ist im Urlaub.",
    "Encaminhei a sua mensagem ao Dr. Costa, ele responderá quando retornar.",
    "Nimempelekea Bw. Otieno ujumbe wako, yuko likizo.",
    "Maya is on site in Oslo and only checking email now and then, so I'm picking this up "
    "for her. I'll make sure you hear from her directly.",
    "Maya is travelling until Friday and checking email sporadically; I'll pass your note "
    "on to her.",
    "M. Dupont est en déplacement et ne consulte ses e-mails que rarement ; je lui "
    "transmettrai votre message.",
    "El Sr. García está de viaje y apenas revisa el correo; se lo haré llegar.",
    "Herr Huber ist auf Dienstreise und liest nur selten E-Mails; ich werde Ihre "
    "Nachricht weiterleiten.",
    "O Dr. Costa está em viagem e só vê o email de vez em quando; vou encaminhar a sua mensagem.",
    "Bw. Otieno yuko safarini na anaangalia barua pepe mara chache; nitampelekea ujumbe wako.",
]


@pytest.mark.parametrize("body", HAND_OFFS)
def test_a_hand_off_is_a_persons_unanswered_reply(body: str) -> None:
    assert _reply(body) == "unclear"


ROBOTS = [
    "I am on holiday until Monday. Your email will be forwarded to my colleague.",
    "I am on vacation until 3 June. For anything urgent please contact my colleague Jane.",
    "Ich bin im Urlaub. Ihre Nachricht wird weitergeleitet.",
    "Ich bin im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht"
    " weitergeleitet.",
    "We have forwarded your request to the team and will respond as soon as possible.",
]


@pytest.mark.parametrize("body", ROBOTS)
def test_a_notice_without_a_persons_hand_off_is_a_robots(body: str) -> None:
    assert _reply(body) == "auto_reply"


def test_a_hand_off_marked_by_its_headers_is_a_robots() -> None:
    body = "I've forwarded this to Dr. Lee, she will respond as soon as possible."
    assert _reply(body, "Auto-Submitted: auto-replied\n") == "auto_reply"
