"""A newcomer asking whether to send the agent only the name or the address too ("do I
send you the name only or also their email?", "je vous envoie seulement le nom ou aussi
leur adresse ?") asks how to use the agent, in a mail of up to 90 words that names no
pair; said without a question mark it tells what the writer does, and asks nothing."""

from __future__ import annotations

import pytest

from agent.understanding.commands import asks_how_to_use
from tests.agent.understanding.test_requests import understand

_LONG_EN = (
    "Hello,\n\nDaniel from Kerio Heights gave me this address and told me you are the one who"
    " connects people. I coach juniors at a small club in Kapsabet and I would like to"
    " understand how this works before I ask for anything.\n\nKindly explain: do I send you"
    " the name only or also their email? Will the person know it is me asking? And is there"
    " any charge?\n\nThanks,\nMercy"
)


@pytest.mark.parametrize(
    "text",
    [
        _LONG_EN,
        "Bonjour, je voudrais comprendre comment ça se passe. Je vous envoie seulement le nom"
        " ou aussi leur adresse ?",
        "Hola, quiero entender cómo va esto. ¿Te mando solo el nombre o también su correo?",
        "Hallo, ich möchte verstehen, wie das läuft. Schicke ich Ihnen nur den Namen oder auch"
        " die E-Mail-Adresse?",
        "Olá, queria entender como isto funciona. Te mando só o nome ou também o e-mail deles?",
        "Habari, nataka kuelewa huduma hii. Nikutumie jina tu au pia barua pepe yake?",
    ],
)
def test_asking_whether_the_name_is_enough_or_the_address_too_is_help(text: str) -> None:
    assert asks_how_to_use(text)
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        "I send you the name only, as agreed.",
        "Je vous envoie seulement le nom, comme convenu.",
        "I will send you the name only or also their email tomorrow.",
    ],
)
def test_told_not_asked_it_is_no_help(text: str) -> None:
    assert not asks_how_to_use(text)


def test_a_pair_beside_it_stays_the_request() -> None:
    result = understand(
        "Please introduce me to Carla Ruiz (carla@ruiz.example). Do I send you the name only"
        " or also their email?"
    )
    assert result.kind == "intro_request"
