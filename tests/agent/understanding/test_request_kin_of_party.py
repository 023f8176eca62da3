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
        "Tafadhali mtambulishe Bernard Roy (bernard@roy.fr) kwa binti wa Inès Haddad"
        " (ines@haddad.fr).",
        "Mtambulishe Bernard Roy (bernard@roy.fr) kwa binti wa Inès Haddad (ines@haddad.fr).",
        "Tafadhali mtambulishe Bernard Roy (bernard@roy.fr) kwa mke wa Inès Haddad"
        " (ines@haddad.fr).",
        "Mtambulishe Bernard Roy (bernard@roy.fr) kwa mtoto wa Inès Haddad (ines@haddad.fr).",
        "Naomba umtambulishe Bernard Roy (bernard@roy.fr) kwa mwana wa Inès Haddad"
        " (ines@haddad.fr).",
    ],
)
def test_a_relative_of_a_party_is_asked_about(body: str) -> None:
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is False
    assert {got["a"]["email"], got["b"]["email"]} == {  # type: ignore[index]
        "bernard@roy.fr",
        "ines@haddad.fr",
    }


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce Bernard Roy (bernard@roy.fr) to Inès Haddad (ines@haddad.fr)?"
        " She is the daughter of an old friend.",
        "Please introduce me to Tom Baker (tom@baker.io). He is the son of my old boss.",
        "Could you introduce Bernard Roy (bernard@roy.fr) to Inès Haddad (ines@haddad.fr)?"
        " Her assistant handles her calendar.",
        "Tafadhali mtambulishe Bernard Roy (bernard@roy.fr) kwa Inès Haddad (ines@haddad.fr).",
        "Mtambulishe Bernard Roy (bernard@roy.fr) kwa Inès Haddad (ines@haddad.fr). Yeye ni"
        " binti wa rafiki yangu wa zamani.",
        "Tafadhali mtambulishe Bernard Roy (bernard@roy.fr) kwa Fatma binti Ali (fatma@ali.co.tz).",
        "Tafadhali mtambulishe Bernard Roy (bernard@roy.fr) kwa mke wangu Amina Juma"
        " (amina@juma.co.tz).",
    ],
)
def test_a_relation_of_no_party_changes_nothing(body: str) -> None:
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is True


def _read_copied(to: str, cc: str, body: str) -> dict[str, object]:
    mail = EmailMessage()
    mail["From"] = "Victoria Hughes <victoria@hughesmedia.com>"
    mail["To"] = to
    mail["Cc"] = cc
    mail["Subject"] = "Andre / Colette"
    mail["Message-ID"] = "<kin-helper@hughesmedia.com>"
    mail["Date"] = "Mon, 2 Nov 2026 10:00:00 +0000"
    mail.set_content(body)
    return understand_request(
        parse_message(mail.as_bytes()), AGENT, MemoryAddressBook([])
    ).to_json()


_TO = "Andre Baptiste <andre@baptisteads.com>, Colette Marchand <colette@ondes.ca>"
_CC = f"Priya Nair <priya@baptisteads.com>, Intro Agent <{AGENT}>"


@pytest.mark.parametrize(
    "body",
    [
        "Andre, please meet Colette Marchand. Colette is launching a podcast network.\n\n"
        "Colette, Andre's assistant Priya is copied and handles his calendar.\n\nVictoria",
        "Andre, please meet Colette Marchand. Colette is launching a podcast network.\n\n"
        "Colette, the assistant of Andre, Priya, is copied and handles his calendar.\n\n"
        "Victoria",
        "Andre, te presento a Colette Marchand. Colette está lanzando una red de pódcasts.\n\n"
        "Colette, la asistente de Andre, Priya, está en copia y lleva su agenda.\n\nVictoria",
        "Andre, te presento a Colette Marchand. Colette está lanzando una red de pódcasts.\n\n"
        "Colette, el asistente de Andre, Priya, está en copia y lleva su agenda.\n\nVictoria",
        "Andre, je te présente Colette Marchand. Colette lance un réseau de podcasts.\n\n"
        "Colette, la secrétaire de Andre, Priya, est en copie et gère son agenda.\n\nVictoria",
        "Andre, darf ich dir Colette Marchand vorstellen. Colette baut ein Podcast-Netzwerk"
        " auf.\n\nColette, die Sekretärin von Andre, Priya, ist in Kopie und führt seinen"
        " Kalender.\n\nVictoria",
        "Andre, apresento-te a Colette Marchand. A Colette está a lançar uma rede de"
        " podcasts.\n\nColette, a assistente do Andre, Priya, está em cópia e cuida da agenda"
        " dele.\n\nVictoria",
    ],
)
def test_a_helper_copied_keeps_the_pair_in_every_language(body: str) -> None:
    """A party's assistant or secretary is no relative: named to say they are copied, they
    leave the pair as it is, in Spanish, French and German as in English."""
    got = _read_copied(_TO, _CC, body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is True
    assert {got["a"]["email"], got["b"]["email"]} == {  # type: ignore[index]
        "andre@baptisteads.com",
        "colette@ondes.ca",
    }


@pytest.mark.parametrize(
    "body",
    [
        "Andre, te presento a Colette Marchand. Colette está lanzando una red de pódcasts.\n\n"
        "Colette, la hija de Andre, Priya, está en copia.\n\nVictoria",
        "Andre, please meet Colette Marchand. Colette is launching a podcast network.\n\n"
        "Colette, Andre's daughter Priya is copied.\n\nVictoria",
    ],
)
def test_a_relative_beside_the_pair_still_asks(body: str) -> None:
    """The near-miss: a relative of a party named beside them still leaves the pair in
    doubt, as before."""
    got = _read_copied(_TO, _CC, body)
    assert got["confident"] is False


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to the colleague of Paul Morel (paul.morel@example.com)?"
        " She works on seeds.",
        "Could you introduce me to Paul Morel's colleague (paul.morel@example.com)?",
        "Could you introduce me to Paul Morel's cofounder (paul.morel@example.com)?",
        "Please put me in touch with the partner of Paul Morel (paul.morel@example.com).",
        "Pourriez-vous me présenter à la collègue de Paul Morel (paul.morel@example.com) ?"
        " Elle travaille sur les semences.",
        "Pourriez-vous me présenter à l'associée de Paul Morel (paul.morel@example.com) ?",
        "Pourriez-vous me présenter au patron de Paul Morel (paul.morel@example.com) ?",
        "¿Me presentas a la colega de Paul Morel (paul.morel@example.com)? Trabaja en semillas.",
        "¿Me presentas al socio de Paul Morel (paul.morel@example.com)?",
        "Können Sie mich der Kollegin von Paul Morel (paul.morel@example.com) vorstellen?",
        "Können Sie mich dem Mitgründer von Paul Morel (paul.morel@example.com) vorstellen?",
        "Pode apresentar-me à colega do Paul Morel (paul.morel@example.com)?",
        "Pode apresentar-me ao sócio do Paul Morel (paul.morel@example.com)?",
        "Tafadhali nitambulishe kwa mwenzake wa Paul Morel (paul.morel@example.com).",
    ],
)
def test_a_relation_of_the_named_party_is_asked_about(body: str) -> None:
    """A colleague, partner, friend or cofounder of the one named is someone the mail does
    not name: the request keeps the one named as b, for the requester to confirm, and is
    never acted on."""
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is False
    assert got["b"]["email"] == "paul.morel@example.com"  # type: ignore[index]


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to my colleague Paul Morel (paul.morel@example.com)?",
        "Could you introduce me to Paul Morel (paul.morel@example.com)? He is a friend of"
        " my old boss.",
        "Pourriez-vous me présenter à mon collègue Paul Morel (paul.morel@example.com) ?",
        "¿Me presentas a mi colega Paul Morel (paul.morel@example.com)?",
        "Können Sie mich meiner Kollegin Paula Morel (paula.morel@example.com) vorstellen?",
        "Pode apresentar-me ao meu colega Paul Morel (paul.morel@example.com)?",
    ],
)
def test_the_named_relation_is_the_party(body: str) -> None:
    """The near-miss: a relation that describes the one named ("my colleague Paul Morel")
    or no party leaves the request as confident as it was."""
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is True
    assert got["b"]["email"].startswith("paul")  # type: ignore[index]


def test_a_named_colleague_beside_the_party_is_a_party() -> None:
    """ "X and her colleague Y (y@...)" names Y: Y is a party, read as it was."""
    got = _read(
        "Could you introduce me to Paul Morel (paul.morel@example.com) and his colleague"
        " Anna Berg (anna.berg@example.com)?"
    )
    assert got["kind"] == "intro_request"
    assert got["confident"] is True


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to the client of Mrs Tremblay (gt@tremblay.example)?",
        "Could you introduce me to Mrs Tremblay's customer (gt@tremblay.example)?",
        "Pourriez-vous me présenter le client de Mme Tremblay (gt@tremblay.example) ?",
        "Pourriez-vous me présenter à la cliente de Mme Tremblay (gt@tremblay.example) ?",
        "¿Me presentas al cliente de la Sra. Tremblay (gt@tremblay.example)?",
        "Könnten Sie mich mit dem Kunden von Frau Tremblay (gt@tremblay.example) bekannt machen?",
        "Können Sie mich der Kundin von Frau Tremblay (gt@tremblay.example) vorstellen?",
        "Pode apresentar-me ao cliente da Sra. Tremblay (gt@tremblay.example)?",
        "Tafadhali nitambulishe kwa mteja wa Bi. Tremblay (gt@tremblay.example).",
    ],
)
def test_a_client_of_the_named_party_is_never_acted_on(body: str) -> None:
    """The client of the one whose address is written is someone the mail does not name:
    never a confident pair with her, nor a further pair."""
    got = _read(body)
    assert got["confident"] is False
    assert got["more"] == []


@pytest.mark.parametrize(
    "body",
    [
        "Könnten Sie mich mit Paul Morels Kollegin (paul@morel.example) bekannt machen?",
        "Könnten Sie mich Paul Morels Tochter (paul@morel.example) vorstellen?",
        "Könnten Sie mich mit Paul Morel's Kollegin (paul@morel.example) bekannt machen?",
        "Könnten Sie mich mit Annas Kunden (anna@berg.example) bekannt machen?",
    ],
)
def test_a_german_genitive_relation_is_asked_about(body: str) -> None:
    """German writes the one related before the relation, the genitive's "s" joined to
    the name: the one meant is the colleague, not the one whose address is written."""
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is False


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to Mrs Tremblay (gt@tremblay.example)? She is a client of ours.",
        "A client of ours recommended Gail Tremblay (gt@tremblay.example). Could you"
        " introduce me to her?",
        "Pourriez-vous me présenter à Mme Gail Tremblay (gt@tremblay.example) ? Un client de"
        " Gail me l'a recommandée.",
        "Könnten Sie mich mit Tobias Mann (tobias@mann.example) bekannt machen?",
        "Könnten Sie mich mit Thomas Berg (thomas@berg.example) bekannt machen? Er ist der"
        " Partner meiner Schwester.",
        "Könnten Sie mich mit Paul Morels Kollegin Anna Berg (anna@berg.example) bekannt machen?",
        "Könnten Sie mich mit Paul Morel (paul@morel.example) bekannt machen?",
    ],
)
def test_a_client_or_genitive_of_no_party_keeps_the_pair(body: str) -> None:
    """The near-misses: a relation said of no party, a surname that is a noun of kin, and a
    colleague named after the genitive keep the confident pair."""
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is True


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to Aoife Brennan (aoife@brennan.ie)? She is Noreen Brennan's"
        " daughter from across the road.",
        "Could you introduce me to Aoife Brennan (aoife@brennan.ie)? She is the daughter of"
        " Noreen Brennan from across the road.",
        "Pourriez-vous me présenter à Aoife Brennan (aoife@brennan.ie) ? C'est la fille de"
        " Noreen Brennan.",
        "¿Podrías presentarme a Aoife Brennan (aoife@brennan.ie)? Es la hija de Noreen Brennan.",
        "Könnten Sie mich Aoife Brennan (aoife@brennan.ie) vorstellen? Sie ist Noreen Brennans"
        " Tochter.",
        "Könnten Sie mich Aoife Brennan (aoife@brennan.ie) vorstellen? Sie ist die Tochter von"
        " Noreen Brennan.",
        "Pode apresentar-me à Aoife Brennan (aoife@brennan.ie)? É a filha da Noreen Brennan.",
        "Tafadhali nitambulishe kwa Aoife Brennan (aoife@brennan.ie). Yeye ni binti wa Noreen"
        " Brennan.",
    ],
)
def test_a_party_described_as_someone_elses_relative_stays_certain(body: str) -> None:
    """A party's surname in the full name of someone else the mail names is that other
    one's: the party is the relative, not a relative of the party."""
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is True
    assert got["b"]["email"] == "aoife@brennan.ie"  # type: ignore[index]


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to Aoife Brennan (aoife@brennan.ie)? Or rather Brennan's daughter.",
        "Could you introduce me to Aoife Brennan (aoife@brennan.ie)? Or rather the daughter"
        " of Aoife Brennan.",
    ],
)
def test_a_relative_of_the_party_herself_is_still_asked_about(body: str) -> None:
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is False
