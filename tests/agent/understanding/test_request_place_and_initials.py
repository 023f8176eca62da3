"""Names an address reads right: a surname with its particle written together in the
address ("atelier.legoff@" is Yannick Le Goff's, not Quimper's)."""

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
