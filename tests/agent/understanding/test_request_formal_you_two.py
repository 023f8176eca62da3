"""The two written to, called in a formal or plural "you" as those to be introduced to each
other, in a mail to both with the agent copied: Spanish "Me gustaría presentarles a ustedes
dos.", "presentarles entre sí", "presentarles el uno al otro", "presentarles." or
"presentarles:" before what each does, and Portuguese "apresentar os senhores", "as
senhoras", as French "vous présenter tous les deux" and German "Sie beide einander
vorstellen" are read. "presentarles a" presents someone to them as often ("Les presentamos
a Juan Pérez"), so the phrase must close: on the end of its sentence, a colon, or a
reciprocal. Written as a question ("¿Debería presentarles?"), the pair is asked about; and
a colon after which comes anything but one of the two ("Les presento: Juan Pérez, nuestro
nuevo director") presents someone or something to them: asked about, never acted on."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
ANA = Party("Ana Keller", "ana@keller.example")
EMRE = Party("Emre Yildiz", "emre@solarfeld.example")
_ES = "Estimados Ana y Emre:"
_PT = "Prezados Ana e Emre,"
_ES_WHY = "Ana dirige las compras en Keller y Emre vende paneles solares."
_PT_WHY = "Ana dirige as compras na Keller e Emre vende painéis solares."


def understand(greeting: str, body: str, cc: bool = True) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Claire Martin <claire@martin-conseil.example>"
    recipients = f"{ANA.name} <{ANA.email}>, {EMRE.name} <{EMRE.email}>"
    if cc:
        message["To"] = recipients
        message["Cc"] = f"Intro Agent <{AGENT}>"
    else:
        message["To"] = f"{recipients}, Intro Agent <{AGENT}>"
    message["Subject"] = "Contacto"
    message.set_content(f"{greeting}\n\n{body}\n\nClaire Martin")
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    ("greeting", "body"),
    [
        (_ES, f"Me gustaría presentarles a ustedes dos. {_ES_WHY}"),
        (_ES, f"Quisiéramos presentarles a los dos. {_ES_WHY}"),
        (_ES, f"Me gustaría presentarles a ustedes dos: {_ES_WHY}"),
        (_ES, f"Me gustaría presentarles. {_ES_WHY}"),
        (_ES, f"Permítanme presentarles: {_ES_WHY}"),
        (_ES, f"Me gustaría presentarles entre sí, creo que pueden colaborar. {_ES_WHY}"),
        (_ES, f"Quisiera presentarles el uno al otro. {_ES_WHY}"),
        (_PT, f"Gostaria de apresentar os senhores. {_PT_WHY}"),
        ("Prezadas Ana e Emre,", f"Gostaria de apresentar as senhoras. {_PT_WHY}"),
        (_PT, f"Apresento os senhores: {_PT_WHY}"),
        ("Olá Ana, olá Emre,", f"Quero apresentar vocês dois. {_PT_WHY}"),
    ],
)
def test_the_two_called_formally_are_the_pair(greeting: str, body: str) -> None:
    result = understand(greeting, body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {ANA, EMRE}
    assert result.confident


def test_the_agent_on_to_beside_them_reads_the_same() -> None:
    result = understand(_ES, f"Me gustaría presentarles a ustedes dos. {_ES_WHY}", cc=False)
    assert {result.a, result.b} == {ANA, EMRE}


@pytest.mark.parametrize(
    ("greeting", "body"),
    [
        # Someone presented to the two.
        (_ES, "Les presentamos a Juan Pérez, nuestro nuevo director."),
        (_ES, "Me gustaría presentarles a Juan Pérez."),
        (_ES, "Me gustaría presentarles a ustedes dos a Juan Pérez, nuestro director."),
        (_ES, "Me gustaría presentarles a ustedes dos, a Juan Pérez."),
        (_PT, "Gostaria de apresentar aos senhores o Juan Pérez, nosso novo diretor."),
        (_PT, "Gostaria de apresentar os senhores ao Juan Pérez, nosso novo diretor."),
        (_PT, "Gostaria de apresentar os senhores Juan Pérez e Pedro Silva, nossos diretores."),
        # Something presented to the two.
        (_ES, "Me gustaría presentarles nuestro nuevo producto."),
        (_ES, "Les presentamos a ustedes dos nuestro catálogo."),
        (_PT, "Gostaria de apresentar aos senhores o nosso novo produto."),
        # Negated.
        (_ES, f"No quiero presentarles. {_ES_WHY}"),
    ],
)
def test_someone_or_something_presented_to_them_is_no_pair(greeting: str, body: str) -> None:
    result = understand(greeting, body)
    assert not (result.kind == "intro_request" and result.confident)
    assert {result.a, result.b} != {ANA, EMRE} or not result.confident


@pytest.mark.parametrize(
    ("greeting", "body"),
    [
        (_ES, f"¿Debería presentarles? {_ES_WHY}"),
        (_PT, f"Posso apresentar os senhores? {_PT_WHY}"),
        # After the colon, what is presented to them.
        (_ES, "Me gustaría presentarles: Juan Pérez, nuestro nuevo director."),
        ("Hola Ana, hola Emre:", "Les presento: Juan Pérez, nuestro nuevo director."),
        ("Hola Ana, hola Emre:", "Les presento: nuestro nuevo catálogo de productos."),
    ],
)
def test_a_question_or_another_after_the_colon_is_asked_about(greeting: str, body: str) -> None:
    result = understand(greeting, body)
    assert not result.confident
