"""An ask for a relative of someone named ("the daughter of Inès Haddad", "Inès Haddad's
daughter", "la fille d'Inès Haddad", "die Tochter von Inès Haddad", "binti wa ...") means
someone the pair does not hold: the request is asked about, never acted on. A relation
said of no party ("She is the daughter of an old friend") changes nothing."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def _read(body: str) -> dict[str, object]:
    mail = EmailMessage()
    mail["From"] = "Ann Lee <ann@lee.example>"
    mail["To"] = AGENT
    mail["Subject"] = "An introduction"
    mail["Message-ID"] = "<kin@lee.example>"
    mail["Date"] = "Mon, 2 Nov 2026 10:00:00 +0000"
    mail.set_content(body)
    return understand_request(
        parse_message(mail.as_bytes()), AGENT, MemoryAddressBook([])
    ).to_json()


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce Bernard Roy (bernard@roy.fr) to the daughter of Inès Haddad"
        " (ines@haddad.fr)? She wants to study law.",
        "Could you introduce Bernard Roy (bernard@roy.fr) to Inès Haddad's daughter"
        " (ines@haddad.fr)? She wants to study law.",
        "Pourriez-vous présenter Bernard Roy (bernard@roy.fr) à la fille d'Inès Haddad"
        " (ines@haddad.fr) ?",
        "¿Podrías presentar a Bernard Roy (bernard@roy.fr) a la hija de Inès Haddad"
        " (ines@haddad.fr)?",
        "Könnten Sie Bernard Roy (bernard@roy.fr) der Tochter von Inès Haddad"
        " (ines@haddad.fr) vorstellen?",
        "Pode apresentar o Bernard Roy (bernard@roy.fr) à filha da Inès Haddad (ines@haddad.fr)?",
    ],
)
def test_a_relative_of_a_party_is_asked_about(body: str) -> None:
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is False


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce Bernard Roy (bernard@roy.fr) to Inès Haddad (ines@haddad.fr)?"
        " She is the daughter of an old friend.",
        "Please introduce me to Tom Baker (tom@baker.io). He is the son of my old boss.",
        "Could you introduce Bernard Roy (bernard@roy.fr) to Inès Haddad (ines@haddad.fr)?"
        " Her assistant handles her calendar.",
    ],
)
def test_a_relation_of_no_party_changes_nothing(body: str) -> None:
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is True
