"""Thanks for an intro made for someone else ("thank you for connecting him with ...",
"merci de l'avoir mis en relation avec ...", "asante kwa kumuunganisha na ...") ask for
nothing, as the thanks for the writer's own intro do, in every language; an ask beside a
thanks for help stays an ask."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def understand(body: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Ruth Okello <ruth.okello@coop.example>"
    message["To"] = AGENT
    message["Subject"] = "Habari"
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    "body",
    [
        "Hello,\n\nOur chair asked me to thank you for connecting him with Ms Lena Moss"
        " (lena@moss.example). They met last week.\n\nRuth",
        "Bonjour,\n\nNotre président me charge de vous remercier de l'avoir mis en relation"
        " avec Mme Lena Moss (lena@moss.example). Ils se sont vus mardi.\n\nRuth",
        "Hola:\n\nMuchas gracias por ponerla en contacto con Lena Moss (lena@moss.example). Ya"
        " se reunieron.\n\nRuth",
        "Olá,\n\nMuito obrigada por apresentá-lo à Lena Moss (lena@moss.example). Já se"
        " encontraram.\n\nRuth",
        "Hallo,\n\nvielen Dank, dass Sie ihn mit Frau Lena Moss (lena@moss.example) bekannt"
        " gemacht haben.\n\nRuth",
        "Habari,\n\nMwenyekiti ameniomba niwashukuru kwa kumuunganisha na Bi. Lena Moss"
        " (lena@moss.example). Tulikutana naye Jumanne.\n\nRuth",
        "Habari,\n\nAsante kwa kutambulisha Mzee Juma na Bi. Lena Moss (lena@moss.example)."
        "\n\nRuth",
    ],
)
def test_thanks_for_an_intro_of_another_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nMerci de me présenter à Lena Moss (lena@moss.example).\n\nRuth",
        "Habari,\n\nNaomba unitambulishe kwa Bi. Lena Moss (lena@moss.example). Asante kwa"
        " msaada wako.\n\nRuth",
        "Hola:\n\n¿Podrías presentarme a Lena Moss (lena@moss.example)? Gracias por tu"
        " ayuda.\n\nRuth",
    ],
)
def test_an_ask_beside_thanks_for_help_stays(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.confident
    assert result.b is not None and result.b.email == "lena@moss.example"
