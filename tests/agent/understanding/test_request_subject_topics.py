"""A subject naming a newsletter, a webinar or a digest marks a mailing, unless it also asks
for an intro ("Ombi la utambulisho - newsletter ya KDCM", "Intro request: newsletter
editor"): the newsletter is then what the ask is about, and the mail is read as any
other. A robot's subject (an out-of-office, a bounce, an invitation) stays a robot's beside
an ask, and a newsletter with no ask in its subject stays a mailing."""

from __future__ import annotations

import pytest

from agent.understanding.requests import understand_request
from tests.agent.understanding.test_requests import AGENT, mail

ASK = (
    "Could you introduce me to Otieno Odhiambo (otieno@diaspora.example)? He edits a "
    "paper and helps community groups start their own newsletter."
)

ASKED_ABOUT_A_NEWSLETTER = [
    "Ombi la utambulisho - newsletter ya KDCM",
    "Intro request: newsletter editor",
    "Introduction request re our webinar series",
    "Demande de mise en relation - lettre d'information",
    "Solicitud de presentación: boletín de la asociación",
    "Bitte um Vorstellung - Newsletter des Vereins",
]


@pytest.mark.parametrize("subject", ASKED_ABOUT_A_NEWSLETTER)
def test_an_ask_in_the_subject_makes_the_newsletter_its_topic(subject: str) -> None:
    result = understand_request(mail(ASK, subject=subject), AGENT, None)
    assert result.kind == "intro_request"
    assert result.confident
    assert result.b is not None
    assert result.b.email == "otieno@diaspora.example"


STILL_NOT_ASKS = [
    "Newsletter - November",
    "Our webinar: how to find a mentor",
    "Automatic reply: Intro request: newsletter editor",
    "Undeliverable: Intro request",
    "Invitation: Intro request - newsletter @ Tue 10am",
]


@pytest.mark.parametrize("subject", STILL_NOT_ASKS)
def test_a_robot_or_a_mailing_without_an_ask_stays_so(subject: str) -> None:
    result = understand_request(mail(ASK, subject=subject), AGENT, None)
    assert result.kind == "not_a_request"
