"""A mail signed by two, the second on Cc, asking for "them" (the couple's daughter, named
without an address, and someone written with one): the co-signer on Cc is never a party
unless the ask names them as one. Nor is anyone who is only on the mail, their first name
never written in it, while the text names someone without an address."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.requests import understand_request
from agent.understanding.signatures import cosigners

AGENT = "intro@introbot.net"
PEDRO = "pedro@santos.example"


def _read(body: str, cc: str | None = f"Pedro Santos <{PEDRO}>") -> dict[str, object]:
    mail = EmailMessage()
    mail["From"] = "Maria Santos <maria@santos.example>"
    mail["To"] = AGENT
    if cc:
        mail["Cc"] = cc
    mail["Subject"] = "Our daughter"
    mail["Message-ID"] = "<cosigned@santos.example>"
    mail["Date"] = "Mon, 2 Nov 2026 10:00:00 +0000"
    mail.set_content(body)
    return understand_request(
        parse_message(mail.as_bytes()), AGENT, MemoryAddressBook([])
    ).to_json()


ASKS = [
    "Could you please introduce them? Our daughter Ana and Helen Park (helen.park@uni.example).",
    "Pourriez-vous les mettre en contact ? Notre fille Ana et Helen Park (helen.park@uni.example).",
    "¿Podrías ponerlas en contacto? Nuestra hija Ana y Helen Park (helen.park@uni.example).",
    "Könnten Sie die beiden miteinander bekannt machen? Unsere Tochter Ana und Helen Park"
    " (helen.park@uni.example).",
    "Poderia colocá-las em contato? A nossa filha Ana e a Helen Park (helen.park@uni.example).",
    "Tafadhali uwatambulishe. Binti yetu Ana na Helen Park (helen.park@uni.example).",
]


def _parties(got: dict[str, object]) -> set[object]:
    return {
        party.get("email") if isinstance(party, dict) else None for party in (got["a"], got["b"])
    }


@pytest.mark.parametrize("ask", ASKS)
@pytest.mark.parametrize("signed", ["Maria Santos\nPedro Santos", "Maria and Pedro", "Maria"])
def test_the_cosigner_on_cc_is_no_certain_party(ask: str, signed: str) -> None:
    got = _read(f"Hello,\n\n{ask}\n\n{signed}")
    # Asked about, or (with the co-signer set aside, one person left) no pair at all.
    assert got["kind"] in ("intro_request", "not_a_request")
    assert got["confident"] is False


@pytest.mark.parametrize(
    "body",
    [
        # Named as the one to introduce, the co-signer is a party.
        "Hello,\n\nCould you introduce Pedro to Helen Park (helen.park@uni.example)?\n\n"
        "Maria and Pedro Santos",
        "Hello,\n\nCould you introduce Pedro to Helen Park (helen.park@uni.example)?\n\n"
        "Maria Santos\nPedro Santos",
    ],
)
def test_a_cosigner_named_as_the_one_to_meet_is_a_party(body: str) -> None:
    got = _read(body)
    assert got["confident"] is True
    assert _parties(got) == {PEDRO, "helen.park@uni.example"}


def test_the_daughter_with_her_address_on_the_mail_is_paired() -> None:
    got = _read(
        "Hello,\n\nCould you introduce our daughter Ana to Helen Park"
        " (helen.park@uni.example)?\n\nMaria and Pedro Santos",
        cc=f"Pedro Santos <{PEDRO}>, Ana Santos <ana@santos.example>",
    )
    assert got["confident"] is True
    assert _parties(got) == {"ana@santos.example", "helen.park@uni.example"}


def test_those_named_on_the_mail_stay_the_pair() -> None:
    """Near-miss: two people written to and named, copied intake, still a pair."""
    mail = EmailMessage()
    mail["From"] = "Ben Okoro <ben@meridian.example>"
    mail["To"] = "Hannah Weiss <hannah@meridian.example>, Ravi Menon <ravi@meridian.example>"
    mail["Cc"] = AGENT
    mail["Subject"] = "Returns x scanning"
    mail["Message-ID"] = "<named@meridian.example>"
    mail.set_content(
        "Hannah, Ravi,\n\nYou two really need to talk. Hannah leads the returns redesign in"
        " Customer Ops and Ravi built the scanning app.\n\nIntro agent, can you take it from"
        " here?\n\nBen"
    )
    got = understand_request(parse_message(mail.as_bytes()), AGENT, MemoryAddressBook([]))
    assert got.confident is True


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hello,\n\nPlease.\n\nMaria Santos\nPedro Santos", ("Pedro Santos",)),
        ("Hello,\n\nPlease.\n\nPedro Santos\nMaria Santos", ("Pedro Santos",)),
        ("Hello,\n\nPlease.\n\nMaria and Pedro Santos", ("Pedro Santos",)),
        # The writer's first name alone on its line signs no block.
        ("Hello,\n\nPlease.\n\nMaria\nPedro Santos", ()),
        ("Hello,\n\nPlease.\n\nMaria Santos", ()),
    ],
)
def test_names_stacked_with_the_writers_sign_the_mail(text: str, found: tuple[str, ...]) -> None:
    assert cosigners(text, "Maria Santos", {"and", "&"}) == found
