"""A mailing list's or a whole group's mailbox ("Mitglieder <mitglieder@...>",
"members@", "Vorstand") is never a certain party: written to a club's members with the
agent copied, "Könnten Sie sie bitte mit unserem Kassenwart Bernd Kraus bekannt machen?"
asks about a newcomer, not about the list. One person written to is read as before.

Nor is a firm's role mailbox not shown to be the party's own: an organisation asked for
as a person ("Acme (hello@acme.com)"), someone at a firm whose name the domain does not
spell ("His email: info@acme.com"), or an address the writer calls shared ("team@hale.com,
his shared inbox", "Sammelpostfach", "caixa partilhada"). A small firm's mailbox at a
domain spelling the person's name ("M. Perrin : contact@boulangerie-perrin.fr") is theirs."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_mailboxes import list_mailbox, role_mailbox
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from agent.understanding.requests import understand_request
from tests.agent.understanding.shared_inputs import plain_mail

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
        (Party("TinyBricks friends", "friends@tinybricks.io"), True),
        (Party("Les amis de l'école", "amis@ecole.fr"), True),
        (Party("Amigos", "amigos@colegio.es"), True),
        (Party("Freunde des Vereins", "freunde@tsv.de"), True),
        (Party("Marafiki", "marafiki@sacco.co.ke"), True),
        (Party("Harbour Bakehouse", "info@harbourbakehouse.co.uk"), False),
        (Party("Martin Schmid", "einkauf@holzbau-schmid.de"), False),
        (Party("Alle Nielsen", "alle.nielsen@mail.dk"), False),
        (Party("Amigo Santos", "amigo.santos@x.pt"), False),
        (Party("Ana Lopes", "ana.lopes@x.pt"), False),
    ],
)
def test_list_mailboxes(party: Party, listed: bool) -> None:
    assert list_mailbox(party, load_rules()) is listed


def _ask(body: str) -> dict[str, object]:
    """Debbie Holroyd's mail to the agent with ``body`` as its text, read."""
    mail = plain_mail(body, "Debbie Holroyd <debbie@holroyd.example>", AGENT, "Intro")
    return understand_request(mail, AGENT, MemoryAddressBook([])).to_json()


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to Acme (hello@acme.com)? We want to buy their sensors.",
        "Could you introduce me to Tom Hale? His email: info@acme.com",
        "Bridget Farrow makes candles. Could you put us in touch? Her email is"
        " hello@hollowoak.example",
        "Could you introduce me to Tom Hale (team@hale.com, his shared inbox)?",
        "Could you introduce me to Tom Hale (tom@hale.com)? Not the shared inbox, please.",
        "Pourriez-vous me présenter à Tom Hale (equipe@hale.fr, c'est une boîte partagée) ?",
        "¿Me presentas a Tom Hale? Su correo: contacto@hale.es, es un buzón compartido.",
        "Könntest du mich mit Tom Hale bekannt machen? Seine Adresse: kontakt@hale-gmbh.de."
        " Das ist aber ein Sammelpostfach.",
        "Podes apresentar-me ao Tom Hale (geral@hale.pt, é uma caixa partilhada)?",
        "Naomba unitambulishe kwa Tom Hale (mawasiliano@hale.co.tz, ni sanduku la pamoja).",
    ],
)
def test_a_mailbox_not_the_persons_own_is_asked_about(body: str) -> None:
    got = _ask(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is False


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to Tom Hale (tom@hale.com)? We want to talk sensors.",
        "Pourriez-vous me mettre en contact avec M. Perrin ? Son adresse :"
        " contact@boulangerie-perrin.fr.",
        "Könntest du mich mit Herrn Albrecht Kühn bekannt machen? Seine Adresse:"
        " kontakt@konditorei-kuehn.de",
        "Te escribo desde el correo general de la oficina. ¿Me presentas a Tom Hale (tom@hale.es)?",
    ],
)
def test_a_persons_own_address_is_read_as_before(body: str) -> None:
    got = _ask(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is True


@pytest.mark.parametrize(
    ("party", "role"),
    [
        (Party("Acme", "hello@acme.com"), True),
        (Party("Hale", "info@halesensors.com"), True),
        (Party("Tom Hale", "info@acme.com"), True),
        (Party("Lindiwe", "sales@adamsplumbing.co.za"), True),
        (Party("Tom Hale", "info@halesensors.com"), False),
        (Party("Perrin", "contact@boulangerie-perrin.fr"), False),
        (Party("Albrecht Kühn", "kontakt@konditorei-kuehn.de"), False),
        (Party("Martin Schmid", "einkauf@holzbau-schmid.de"), False),
        (Party("Tom Hale", "tom@acme.com"), False),
        (Party("Tom Hale", None), False),
    ],
)
def test_role_mailboxes(party: Party, role: bool) -> None:
    mail = plain_mail("Hello", "Debbie Holroyd <debbie@holroyd.example>", AGENT, "Intro")
    assert role_mailbox(party, mail, load_rules()) is role


def test_a_role_mailbox_written_from_or_to_is_the_writers_use() -> None:
    rules = load_rules()
    party = Party("Harbour Bakehouse", "info@acme.com")
    sent = plain_mail("Hello", "Harbour Bakehouse <info@acme.com>", AGENT, "Intro")
    copied = plain_mail("Hello", "Debbie <debbie@holroyd.example>", "info@acme.com", "Intro")
    assert role_mailbox(party, sent, rules) is False
    assert role_mailbox(party, copied, rules) is False


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to the Lantern Rooms (bookings@lanternrooms.example)?",
        "Pourriez-vous me présenter au Café des Lilas (contact@cafedeslilas.fr) ?",
        "¿Me presentas a la Sala Candela (reservas@salacandela.es)?",
        "Könntest du mich mit dem Kulturhaus Linde (kontakt@kulturhauslinde.de) bekannt machen?",
        "Podes apresentar-me à Casa do Fado (reservas@casadofado.pt)?",
        "Naomba unitambulishe kwa Ukumbi wa Bahari (mawasiliano@ukumbiwabahari.co.tz).",
    ],
)
def test_a_venues_shared_mailbox_with_no_one_named_is_asked_about(body: str) -> None:
    got = _ask(body + "\n\nCheers,\nDebbie")
    assert got["kind"] == "intro_request"
    assert got["b"] is not None and "@" in str(got["b"])
    assert got["confident"] is False


@pytest.mark.parametrize(
    ("party", "role"),
    [
        (Party("Lantern Rooms", "bookings@lanternrooms.example"), True),
        (Party("Casa do Fado", "reservas@casadofado.pt"), True),
        (Party("Acme Holdings", "info@acmeholdings.com"), True),
        (Party("Ann Lee", "info@annlee.com"), False),
        (Party("M. Perrin", "contact@boulangerie-perrin.fr"), False),
        (Party("Herrn Albrecht Kühn", "kontakt@konditorei-kuehn.de"), False),
    ],
)
def test_a_firms_name_spelled_by_its_domain_names_no_one(party: Party, role: bool) -> None:
    mail = plain_mail("Hello", "Debbie Holroyd <debbie@holroyd.example>", AGENT, "Intro")
    assert role_mailbox(party, mail, load_rules()) is role
