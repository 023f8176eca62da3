"""Names an address or a title reads right: a surname with its particle written together
in the address ("atelier.legoff@" is Yannick Le Goff's, not Quimper's), and an initial
after a title ("la Sra. M. Fernández")."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_mentions import spelled_words, tokenize
from agent.understanding.request_model import RequestResult
from agent.understanding.request_rules import load_rules
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def understand(body: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Ann Lee <ann@lee.example>"
    message["To"] = f"Intro Agent <{AGENT}>"
    message["Subject"] = "Introduction"
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


def names(text: str) -> list[tuple[str | None, str | None]]:
    return [(i.name, i.email) for i in tokenize(text, load_rules()) if i.kind == "name"]


@pytest.mark.parametrize(
    ("name", "local", "word"),
    [
        ("Yannick Le Goff", "atelier.legoff", "goff"),
        ("Ilse van der Berg", "studio.vanderberg", "berg"),
        ("Lucía De la Torre", "taller.delatorre", "torre"),
        ("Rui da Silva", "oficina.dasilva", "silva"),
    ],
)
def test_a_surname_with_its_particle_written_together_is_spelled(
    name: str, local: str, word: str
) -> None:
    assert word in spelled_words(name, local)


def test_a_name_without_a_particle_is_not_spelled_by_a_joined_piece() -> None:
    assert not spelled_words("Ann Le", "studio.leiden")
    assert not spelled_words("Yannick Le Goff", "atelier.quimper")


def test_an_address_after_a_place_is_the_one_described() -> None:
    text = (
        "un ancien collègue de mon frère, Yannick Le Goff, tient un atelier de vitraux à "
        "Quimper : atelier.legoff@wanadoo.fr"
    )
    assert ("Yannick Le Goff", "atelier.legoff@wanadoo.fr") in names(text)


def test_a_pair_of_them_with_the_address_after_a_place() -> None:
    message = EmailMessage()
    message["From"] = "Bernard Lemoine <b.lemoine@orange.example>"
    message["To"] = f"Intro Agent <{AGENT}>"
    message["Cc"] = "Manon Lemoine <manon@univ.example>"
    message["Subject"] = "pour ma fille"
    message.set_content(
        "Bonjour,\n\nJe vous écris au nom de ma fille Manon (en copie). Un ancien collègue "
        "de mon frère, Yannick Le Goff, tient un atelier de vitraux à Quimper : "
        "atelier.legoff@wanadoo.fr\n\nPourriez-vous les mettre en relation ?\n\nBernard"
    )
    result = understand_request(parse_message(message.as_bytes()), AGENT)
    people = {(p.name, p.email) for p in (result.a, result.b) if p}
    assert ("Yannick Le Goff", "atelier.legoff@wanadoo.fr") in people
    assert all(name != "Quimper" for name, _ in people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a la Sra. M. Fernández, la de la aceleradora", "M. Fernández"),
        ("to Dr. J. Medina today", "J. Medina"),
        ("mit Herrn K. Weber morgen", "K. Weber"),
        ("à Mme C. Roux demain", "C. Roux"),
        ("à Dra. I. Valente amanhã", "I. Valente"),
    ],
)
def test_an_initial_after_a_title_is_the_first_names(text: str, name: str) -> None:
    assert [n for n, _ in names(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "M." alone is the French "Monsieur", a title.
        ("à M. Dupont demain", "Dupont"),
        # Before a first name and a surname, a letter after a title is no initial read.
        ("to Dr. J. Carlos Medina today", "Carlos Medina"),
    ],
)
def test_a_letter_not_after_a_title_or_before_a_full_name_is_read_as_before(
    text: str, name: str
) -> None:
    assert [n for n, _ in names(text)] == [name]


def test_an_ask_for_a_titled_initial_and_surname_is_asked_about() -> None:
    result = understand("me podés presentar a la Sra. M. Fernández, la de la aceleradora?")
    assert not result.confident
    assert result.b is not None and result.b.name == "M. Fernández"


def test_an_initial_of_someone_named_in_full_is_read_as_before() -> None:
    text = "on behalf of Professor Hugh Ambrose.\n\nJoanna Pryce\nPA to Professor H. Ambrose"
    assert "H. Ambrose" not in [n for n, _ in names(text)]


@pytest.mark.parametrize(
    ("name", "local", "spelled"),
    [
        ("Shelly-Ann Joseph", "shellyann", {"shelly", "ann"}),
        ("Jean-Luc Roth", "jeanluc", {"jean", "luc"}),
        ("María-José Ruiz", "mariajose.eventos", {"maria", "jose"}),
    ],
)
def test_a_hyphenated_name_written_together_is_spelled(
    name: str, local: str, spelled: set[str]
) -> None:
    assert spelled_words(name, local) == spelled


def test_a_first_name_without_its_hyphen_spells_no_other_name() -> None:
    # "shellyann" is no spelling of Shelly Joseph's name: "ann" is not hers.
    assert spelled_words("Shelly Joseph", "shellyann") == set()


@pytest.mark.parametrize(
    ("body", "name", "email"),
    [
        (
            "Hi,\n\nCould you introduce me to Shelly-Ann Joseph from Island Vibes Fetes "
            "(shellyann@islandvibes.example)? She runs fetes.\n\nThanks",
            "Shelly-Ann Joseph",
            "shellyann@islandvibes.example",
        ),
        (
            "Bonjour,\n\nPourriez-vous me présenter à Marie-Claire Dubois de chez Atelier "
            "Lumière (marieclaire@lumiere.example) ? Elle organise des fêtes.\n\nMerci",
            "Marie-Claire Dubois",
            "marieclaire@lumiere.example",
        ),
        (
            "Hola,\n\n¿Me podrías presentar a María-José Ruiz de Fiestas Isla "
            "(mariajose@fiestas.example)? Organiza fiestas.\n\nGracias",
            "María-José Ruiz",
            "mariajose@fiestas.example",
        ),
        (
            "Hallo,\n\nkönnten Sie mich mit Hans-Peter Brandt von Festzelt Nord "
            "(hanspeter@festzelt.example) bekannt machen? Er organisiert Feste.\n\nDanke",
            "Hans-Peter Brandt",
            "hanspeter@festzelt.example",
        ),
        (
            "Oi,\n\nVocê pode me apresentar à Ana-Luísa Costa da Festas Ilha "
            "(analuisa@festas.example)? Ela organiza festas.\n\nValeu",
            "Ana-Luísa Costa",
            "analuisa@festas.example",
        ),
        (
            "Habari,\n\nUnaweza kunitambulisha kwa Mary-Anne Mwangi wa Sherehe Pwani "
            "(maryanne@sherehe.example)? Anaandaa sherehe.\n\nAsante",
            "Mary-Anne Mwangi",
            "maryanne@sherehe.example",
        ),
    ],
)
def test_an_address_after_a_workplace_spelling_a_hyphenated_name_is_theirs(
    body: str, name: str, email: str
) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.b is not None
    assert (result.b.name, result.b.email) == (name, email)
    assert result.confident


def test_an_address_spelling_more_than_the_first_name_stays_asked_about() -> None:
    result = understand(
        "Hi,\n\nCould you introduce me to Shelly Joseph from Island Vibes Fetes "
        "(shellyann@islandvibes.example)? She runs fetes.\n\nThanks"
    )
    assert result.kind == "intro_request"
    assert not result.confident
