"""A near-empty note giving two bare addresses ("ana@... / bruno.lima@...") under a
subject that names the pair ("Intro: Ana Ruiz <> Bruno Lima"): each address the text
leaves unnamed is named as the subject names the one at that address."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def understand(subject: str, body: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Íñigo Arrieta <inigo@obrador.example>"
    message["To"] = AGENT
    message["Subject"] = subject
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


LUCIA = Party("Lucía Ferrer", "lucia@lafurgo.example")
MATIAS = Party("Matías Bensusan", "matias.bensusan@harinas.example")
ADDRESSES = f"{LUCIA.email} / {MATIAS.email}"


@pytest.mark.parametrize(
    ("subject", "thanks"),
    [
        ("Intro: Lucía Ferrer <> Matías Bensusan", "thanks!!"),
        ("Présentation : Lucía Ferrer <> Matías Bensusan", "merci !"),
        ("Presentación: Lucía Ferrer <> Matías Bensusan", "gracias!!"),
        ("Vorstellung: Lucía Ferrer <> Matías Bensusan", "danke!"),
        ("Apresentação: Lucía Ferrer <> Matías Bensusan", "obrigado!"),
        ("Utambulisho: Lucía Ferrer <> Matías Bensusan", "asante!"),
    ],
)
def test_a_bare_address_is_named_as_the_subject_names_it(subject: str, thanks: str) -> None:
    result = understand(subject, f"{ADDRESSES}\n\n{thanks}")
    assert {result.a, result.b} == {LUCIA, MATIAS}
    assert result.confident


def test_a_subject_naming_someone_else_names_no_address() -> None:
    # "bruno@" is no one the subject names: it stays unnamed, and "lucia@" is named.
    result = understand(
        "Intro: Lucía Ferrer <> Matías Bensusan", f"{LUCIA.email} / bruno@harinas.example"
    )
    assert Party(None, "bruno@harinas.example") in {result.a, result.b}


def test_a_reply_subject_names_no_address() -> None:
    # A reply's subject names an earlier mail's business.
    result = understand("Re: Intro: Lucía Ferrer <> Matías Bensusan", f"{ADDRESSES}\n\nthanks")
    assert Party(None, LUCIA.email) in {result.a, result.b}
