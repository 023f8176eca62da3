"""A question whether to send the agent the people's addresses or whether they must sign
up first ("do I send you their emails, or do they need to sign up to something first?"),
or only the name or the address too ("do I send you the name only or also their
email?", "je vous envoie seulement le nom ou aussi leur adresse ?"), asks how to use
the agent in a mail of up to 90 words that names no pair, and so does one which details
or information to send ("what details do I need to send?", "quelles informations dois-je
envoyer ?"); said without a question mark it tells what the writer does, and asks
nothing."""

from __future__ import annotations

import pytest

from agent.understanding.commands import asks_how_to_use
from tests.agent.understanding.test_requests import understand

_LONG_EN = (
    "hello,\n\nmy neighbour Sue said I should email you because you can introduce people to "
    "each other?? My daughter is looking for a summer placement at a vets and I know a couple "
    "of people who might help. How does this actually work - do I send you their emails, or "
    "do they need to sign up to something first? And what can I send you exactly?\n\nsorry "
    "if this is a silly question"
)


_NAME_ONLY_EN = (
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
        "Une voisine m'a parlé de vous. Je vous envoie leurs adresses, ou ils doivent "
        "s'inscrire d'abord ?",
        "Me hablaron de este servicio. ¿Te mando sus correos o tienen que registrarse antes?",
        "Eine Nachbarin hat Sie empfohlen. Schicke ich Ihnen ihre Adressen, oder müssen die "
        "sich erst anmelden?",
        "Uma vizinha falou de vocês. Te mando os e-mails deles ou eles precisam se cadastrar "
        "antes?",
        "Jirani aliniambia kuhusu huduma hii. Nikutumie barua pepe zao, au wanahitaji "
        "kujisajili kwanza?",
        _NAME_ONLY_EN,
        "Bonjour, je voudrais comprendre comment ça se passe. Je vous envoie seulement le nom"
        " ou aussi leur adresse ?",
        "Hola, quiero entender cómo va esto. ¿Te mando solo el nombre o también su correo?",
        "Hallo, ich möchte verstehen, wie das läuft. Schicke ich Ihnen nur den Namen oder auch"
        " die E-Mail-Adresse?",
        "Olá, queria entender como isto funciona. Te mando só o nome ou também o e-mail deles?",
        "Habari, nataka kuelewa huduma hii. Nikutumie jina tu au pia barua pepe yake?",
        # Which details or information to send.
        "Good day,\n\nA colleague told me I can send introductions through this address. I"
        " work with maize farmers who want to be linked to input dealers.\n\nPlease what"
        " details do I need to send? Is the phone number okay?\n\nThank you.",
        "Bonjour, une collègue m'a parlé de ce service. Quelles informations dois-je envoyer"
        " ? Merci.",
        "Hola, una compañera me habló de este servicio. ¿Qué datos tengo que enviar? Gracias.",
        "Guten Tag, eine Kollegin hat mir diese Adresse gegeben. Welche Angaben muss ich"
        " Ihnen schicken? Danke.",
        "Olá, uma colega falou-me deste serviço. Que dados preciso enviar? Obrigada.",
        "Habari, mwenzangu aliniambia kuhusu huduma hii. Nitume taarifa gani? Asante.",
    ],
)
def test_asking_whether_to_send_addresses_or_sign_up_is_help(text: str) -> None:
    assert asks_how_to_use(text)
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        "Je vous envoie leurs adresses ci-dessous, merci de les contacter.",
        "Te mando sus correos mañana, ahora no los tengo.",
        "Te mando os e-mails deles amanhã.",
        "They need to sign up for the conference by Friday.",
        "I send you the name only, as agreed.",
        "Je vous envoie seulement le nom, comme convenu.",
        "I will send you the name only or also their email tomorrow.",
        "I will send the details you need tomorrow.",
        "Les informations que je dois envoyer sont en pièce jointe.",
    ],
)
def test_told_not_asked_it_is_no_help(text: str) -> None:
    assert not asks_how_to_use(text)


def test_a_pair_beside_it_stays_the_request() -> None:
    result = understand(
        "Please introduce me to Carla Ruiz (carla@ruiz.example). Do they need to sign up first?"
    )
    assert result.kind == "intro_request"


def test_a_pair_beside_the_name_question_stays_the_request() -> None:
    result = understand(
        "Please introduce me to Carla Ruiz (carla@ruiz.example). Do I send you the name only"
        " or also their email?"
    )
    assert result.kind == "intro_request"
