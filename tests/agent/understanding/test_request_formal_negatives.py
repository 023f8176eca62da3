"""Institutional mail that asks the agent for no intro: someone presented to the readers."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def understand(
    body: str, to: str = f"Intro Agent <{AGENT}>", cc: str | None = None
) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Ann Lee <ann@lee.example>"
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = "hello"
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    "text",
    [
        "Dkt. Salma amewahi kuwa Mratibu wa Kitaifa. Tunapenda kumtambulisha kwenu na "
        "kumkaribisha kwa moyo mkunjufu Dkt. Salma Khamis Juma.",
        "We are pleased to introduce to you all Dr. Salma Juma, our new Executive Director.",
        "Nous avons le plaisir de présenter à vous tous Mme Claire Dubois, notre directrice.",
        "Les presentamos a la Dra. Paula Vidal, nuestra nueva directora.",
        "Hiermit stellen wir Ihnen Frau Dr. Anna Berg vor, unsere neue Direktorin.",
        "Apresentamos-vos a Dra. Ana Souza, a nossa nova diretora.",
    ],
)
def test_someone_presented_to_the_readers_asks_no_intro(text: str) -> None:
    assert understand(text).kind == "not_a_request"


@pytest.mark.parametrize(
    "text",
    [
        "Tafadhali mtambulishe Dkt. Salma Juma <s.juma@x.org> kwa Dkt. Amina Said <a.said@y.org>.",
        "Could you introduce Dr. Salma Juma <s.juma@x.org> to Dr. Owen Price <o.price@y.org>?",
        "Bonjour à vous tous, pourriez-vous me présenter à Claire Dubois <c.dubois@x.fr> ?",
    ],
)
def test_an_ask_to_introduce_two_people_still_asks(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request" and result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Minutes.\n\nACTION: Prof. Hale to introduce Dr. Yusuf to the Wellcome programme "
        "manager before the full-proposal deadline. (JH)\n\nClaire Benson",
        "Prof. Julian Hale to introduce Dr. Nadia Yusuf <n.yusuf@x.org> to Dr. Owen Price "
        "<o.price@y.org> before the deadline.",
        "Action item: Prof. Julian Hale will introduce Dr. Nadia Yusuf to Dr. Owen Price.",
        "Prof. Julian Hale will introduce me to Dr. Owen Price <o.price@y.org>.",
        "Acción: el Dr. Ruiz pondrá en contacto al Sr. Herrero con la Dra. Paula Vidal.",
        "Ação: o Prof. Hale vai apresentar a Dra. Yusuf <y@x.org> à Dra. Ana Souza <a@y.org>.",
        "Hatua: Prof. Hale atamtambulisha Dkt. Yusuf kwa Dkt. Amina Said.",
        "Action : M. Girard présentera Mme Claire Dubois à M. Paul Martin.",
    ],
)
def test_an_intro_someone_named_is_to_make_asks_nothing_of_the_agent(text: str) -> None:
    assert understand(text).kind == "not_a_request"


@pytest.mark.parametrize(
    "text",
    [
        # The agent is the one to act.
        "ACTION: Intro Agent to introduce Dr. Nadia Yusuf <n.yusuf@x.org> to Dr. Owen Price "
        "<o.price@y.org>.",
        # A label before an ask, no one named.
        "Action: please introduce me to Dr. Owen Price <o.price@y.org>.",
        # The name after other words: a wish of the writer's.
        "I'd like Prof. Julian Hale <hale@x.org> to introduce me to Dr. Owen Price "
        "<o.price@y.org>.",
    ],
)
def test_an_intro_the_agent_or_no_one_named_is_to_make_still_asks(text: str) -> None:
    assert understand(text).kind == "intro_request"


def test_a_formal_help_question_beside_an_ask_still_asks() -> None:
    result = understand(
        "Could you kindly explain how such a request should be worded? Also please "
        "introduce me to Bob Lee <bob@lee.example>."
    )
    assert result.kind == "intro_request" and result.confident
