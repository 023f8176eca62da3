"""A list item naming two people with one address ("- Ana and Ivo: ana.ruiz@...") is not
one person with that address: whoever it is given to, the pair the ask implies is asked
about, never acted on. One person per item ("- Ana Ruiz: ana.ruiz@...") reads as it
did, and so does "Ann Lee and Bob Ray (bob@...)", the address spelling Bob."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_mentions import tokenize
from agent.understanding.request_reading import shared_addresses
from agent.understanding.request_rules import load_rules
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def _read(body: str) -> dict[str, object]:
    mail = EmailMessage()
    mail["From"] = "Tom Price <tom@price.example.com>"
    mail["To"] = AGENT
    mail["Subject"] = "intro"
    mail["Message-ID"] = "<shared@price.example.com>"
    mail["Date"] = "Mon, 2 Nov 2026 10:00:00 +0000"
    mail.set_content(body)
    return understand_request(
        parse_message(mail.as_bytes()), AGENT, MemoryAddressBook([])
    ).to_json()


_SECOND = "- Marta Soler: marta@soler.example.com"


@pytest.mark.parametrize(
    ("ask", "item"),
    [
        ("Could you introduce the two of them?", "- Ana and Ivo: ana.ruiz@example.org"),
        ("Could you introduce these two?", "- Ana and Ivo: ana.ruiz@example.org"),
        ("Could you introduce the two of them?", "- Ana Ruiz and Ivo Kral: ana.ruiz@example.org"),
        ("Could you introduce the two of them?", "- Ana & Ivo: contact@bakery.example.org"),
        ("Pourriez-vous les présenter ?", "- Ana et Ivo : ana.ruiz@example.org"),
        ("¿Podrías presentarlos?", "- Ana y Ivo: ana.ruiz@example.org"),
        ("Könnten Sie die beiden bekannt machen?", "- Ana und Ivo: ana.ruiz@example.org"),
        ("Você poderia apresentá-los?", "- Ana e Ivo: ana.ruiz@example.org"),
        ("Tafadhali watambulishe.", "- Ana na Ivo: ana.ruiz@example.org"),
    ],
)
def test_an_item_of_two_people_with_one_address_is_asked_about(ask: str, item: str) -> None:
    got = _read(f"Hi,\n\n{ask}\n\n{item}\n{_SECOND}\n\nThanks,\nTom Price\n")
    assert got["confident"] is False


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nCould you introduce these two?\n\n- Ana Ruiz: ana.ruiz@example.org\n"
        "- Ivo Kral: ivo@kral.example.com\n\nThanks,\nTom Price\n",
        "Could you introduce Ann Lee and Bob Ray (bob@ray.example.org)? Ann's address is"
        " ann@lee.example.org.",
    ],
)
def test_one_person_per_address_keeps_the_pair(body: str) -> None:
    """The near-misses: an item of one person each, and an address its holder's name
    spells, read confidently as before."""
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is True


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("- Ana and Ivo: ana.ruiz@example.org", {"ana.ruiz@example.org"}),
        ("- Ana et Ivo : ana.ruiz@example.org", {"ana.ruiz@example.org"}),
        ("- Ana und Ivo: ana.ruiz@example.org", {"ana.ruiz@example.org"}),
        ("Ann Lee and Bob Ray (bob@ray.example.org)", set()),
        ("Juma Ali na Amina Said (amina.said@example.org)", set()),
        ("- Ana Ruiz: ana.ruiz@example.org", set()),
        ("Ms Adaeze Nwosu of Nwosu & Partners (adaeze@nwosupartners.example)", set()),
    ],
)
def test_shared_addresses(text: str, shared: set[str]) -> None:
    rules = load_rules()
    assert shared_addresses(tokenize(text, rules), rules) == shared
