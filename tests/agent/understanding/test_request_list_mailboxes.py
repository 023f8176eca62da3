"""A mailing list's or a whole group's mailbox ("Mitglieder <mitglieder@...>",
"members@", "Vorstand") is never a certain party: written to a club's members with the
agent copied, "Könnten Sie sie bitte mit unserem Kassenwart Bernd Kraus bekannt machen?"
asks about a newcomer, not about the list. One person written to is read as before."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from agent.understanding.requests import _list_mailbox, understand_request

AGENT = "intro@introbot.net"


def _read(to: str, body: str) -> dict[str, object]:
    mail = EmailMessage()
    mail["From"] = "Jochen Maier <jochen@tsv-lindau.de>"
    mail["To"] = to
    mail["Cc"] = AGENT
    mail["Subject"] = "Neu im Verein"
    mail["Message-ID"] = "<list@tsv-lindau.de>"
    mail["Date"] = "Mon, 2 Nov 2026 10:00:00 +0000"
    mail.set_content(body)
    return understand_request(
        parse_message(mail.as_bytes()), AGENT, MemoryAddressBook([])
    ).to_json()


_ASK = (
    "ab November verstärkt Melanie Hartmann die Geschäftsstelle. Könnten Sie sie bitte mit"
    " unserem Kassenwart Bernd Kraus (bernd@kraus.de) bekannt machen?\n\nGrüße\nJochen Maier"
)


def test_a_list_written_to_is_no_certain_party() -> None:
    got = _read("Mitglieder <mitglieder@tsv-lindau.de>", "Liebe Mitglieder,\n\n" + _ASK)
    assert got["kind"] == "intro_request"
    assert got["confident"] is False


def test_one_person_written_to_is_read_as_before() -> None:
    got = _read("Melanie Hartmann <melanie@tsv-lindau.de>", "Liebe Melanie,\n\n" + _ASK)
    assert got["confident"] is True


@pytest.mark.parametrize(
    ("party", "listed"),
    [
        (Party("Mitglieder", "mitglieder@tsv-lindau.de"), True),
        (Party("Club", "members-list@club.org"), True),
        (Party("Vorstand und Abteilungsleitungen", "vorstand@tsv.de"), True),
        (Party("Todos", "todos@colegio.es"), True),
        (Party("Wanachama", "wanachama@sacco.co.ke"), True),
        (Party("Harbour Bakehouse", "info@harbourbakehouse.co.uk"), False),
        (Party("Martin Schmid", "einkauf@holzbau-schmid.de"), False),
        (Party("Alle Nielsen", "alle.nielsen@mail.dk"), False),
        (Party("Ana Lopes", "ana.lopes@x.pt"), False),
    ],
)
def test_list_mailboxes(party: Party, listed: bool) -> None:
    assert _list_mailbox(party, load_rules()) is listed
