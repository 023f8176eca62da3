"""An ask for "the two" in a mail to the agent alone, followed by a list giving each of
two people an address ("Could you introduce the two of them? Their addresses:\n- Ana:
ana@...\n- Tom: tom@..."): "the two" are the two listed, in every language (Spanish "¿Me
puedes presentar a los dos?", "me" the one the favour is done for, among them). A third
item, news between the ask and the list, a list before the ask, or two people copied on
the mail leave it as it was."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
ANA = Party("Ana Ruiz", "ana.ruiz@studio-norte.example")
TOM = Party("Tom Berg", "tberg@mail.example")
_ROWS = "- Ana: ana.ruiz@studio-norte.example\n- Tom: tberg@mail.example\n"


def mail(body: str, cc: str = "") -> ParsedMessage:
    message = EmailMessage()
    message["From"] = "Lena Vogt <lena@vogt-design.example>"
    message["To"] = AGENT
    if cc:
        message["Cc"] = cc
    message["Subject"] = "intro"
    message.set_content(body)
    return parse_message(message.as_bytes())


def understand(body: str, cc: str = "") -> RequestResult:
    return understand_request(mail(body, cc), AGENT)


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nAna Ruiz runs a pottery studio and Tom Berg builds kilns. Could you introduce "
        f"the two of them? Here are their emails:\n{_ROWS}\nThanks,\nLena",
        "Bonjour,\n\nAna Ruiz tient un atelier de poterie et Tom Berg construit des fours. "
        f"Pouvez-vous présenter les deux ? Voici leurs adresses :\n{_ROWS}\nMerci,\nLena",
        "Hola:\n\nAna Ruiz tiene un taller de cerámica y Tom Berg construye hornos. ¿Me "
        f"puedes presentar a los dos? Aquí van los correos:\n{_ROWS}\nGracias,\nLena",
        "Hallo,\n\nAna Ruiz hat eine Töpferei und Tom Berg baut Brennöfen. Können Sie die "
        f"beiden miteinander bekannt machen? Hier die Adressen:\n{_ROWS}\nDanke,\nLena",
        "Olá,\n\nA Ana Ruiz tem um ateliê de cerâmica e o Tom Berg constrói fornos. Pode "
        f"apresentar os dois? Aqui estão os e-mails:\n{_ROWS}\nObrigada,\nLena",
        "Habari,\n\nAna Ruiz ana karakana ya vyungu na Tom Berg anajenga tanuri. Tafadhali "
        f"watambulishe wote wawili. Barua pepe zao:\n{_ROWS}\nAsante,\nLena",
    ],
    ids=["en", "fr", "es", "de", "pt", "sw"],
)
def test_the_two_are_the_two_listed_after_the_ask(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {ANA, TOM}
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # A third person listed: which two is not said.
        "Hi,\n\nCould you introduce the two of them? Here are their emails:\n"
        f"{_ROWS}- Ivo: ivo.marsh@mail.example\n\nThanks,\nLena",
        # The same in Spanish, "me" the one the favour is for.
        "Hola:\n\n¿Me puedes presentar a los dos? Aquí van los correos:\n"
        f"{_ROWS}- Ivo: ivo.marsh@mail.example\n\nGracias,\nLena",
        # A line of news between the ask and the list: the list is not the ask's.
        "Hola:\n\n¿Me puedes presentar a los dos? Ana lleva años en el taller.\nTom empezó "
        f"en primavera.\nEsta es la lista del equipo:\n{_ROWS}\nGracias,\nLena",
        # The list stands before the ask, not after it.
        f"Hi,\n\nHere are their emails:\n{_ROWS}\nAna and Tom have met once. Thanks,\nLena",
    ],
    ids=["third_item", "third_item_es", "news_between_es", "list_before"],
)
def test_the_two_stay_unknown_without_a_list_of_two_after_the_ask(body: str) -> None:
    result = understand(body)
    assert not result.confident


def test_two_copied_people_stay_the_two() -> None:
    # Written to two people copied, "the two" are they, whatever a list gives.
    body = (
        "Hi,\n\nCould you introduce the two of them? Here are their emails:\n"
        f"{_ROWS}\nThanks,\nLena"
    )
    result = understand(body, cc="Mia Lund <mia@lund.example>, Per Dahl <per@dahl.example>")
    assert {result.a, result.b} != {ANA, TOM} or not result.confident
