"""Copied intake where the writer, mailing two people with the agent on Cc, wishes to
introduce them to each other in a formal or plural "you": an intro word and a reciprocal
("l'un à l'autre", "el uno al otro", "um ao outro", "miteinander", "each other") or a verb
carrying them ("ponerlos", "kuwatambulisha"), in a wish. The pair is the two written to,
certain when the mail names both."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
EMRE = Party("Emre Yildiz", "emre@solarfeld.example")
GREETINGS = {
    "fr": ("Camille Roux", "Chère Madame Roux, cher Monsieur Yildiz,"),
    "es": ("Lucía Ortega", "Estimada Sra. Ortega, estimado Sr. Yildiz:"),
    "pt": ("Ana Keller", "Prezada Sra. Keller, prezado Sr. Yildiz,"),
    "de": ("Petra Schmitt", "Liebe Frau Schmitt, lieber Herr Yildiz,"),
    "sw": ("Zawadi Mushi", "Ndugu Bi. Mushi, Ndugu Bw. Yildiz,"),
    "en": ("Ana Keller", "Dear Ms Keller, dear Mr Yildiz,"),
}


def understand(language: str, ask: str, both: bool = True) -> RequestResult:
    first, greeting = GREETINGS[language]
    message = EmailMessage()
    message["From"] = "Claire Martin <claire@martin-conseil.example>"
    email = "first@example.org"
    message["To"] = f"{first} <{email}>" + (f", {EMRE.name} <{EMRE.email}>" if both else "")
    message["Cc"] = f"Intro Agent <{AGENT}>"
    message["Subject"] = "Kontakt"
    message.set_content(f"{greeting}\n\n{ask}\n\nClaire Martin")
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    ("language", "ask"),
    [
        ("fr", "Je souhaiterais vous présenter l'un à l'autre."),
        ("fr", "Permettez-moi de vous présenter l'un à l'autre."),
        ("fr", "J'aimerais vous mettre en relation l'un avec l'autre."),
        ("es", "Me gustaría ponerlos en contacto."),
        ("es", "Quisiera presentarlos el uno al otro."),
        ("pt", "Gostaria de apresentá-los um ao outro."),
        ("pt", "Queria apresentar os senhores um ao outro."),
        ("de", "Ich möchte Sie heute gerne miteinander in Kontakt bringen."),
        ("de", "Ich würde Sie gerne einander vorstellen."),
        ("sw", "Ningependa kuwatambulisha."),
        ("en", "I'd love to introduce you to each other."),
    ],
)
def test_the_two_written_to_are_introduced_to_each_other(language: str, ask: str) -> None:
    result = understand(language, ask)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {Party(GREETINGS[language][0], "first@example.org"), EMRE}
    assert result.confident


@pytest.mark.parametrize(
    ("language", "ask"),
    [
        # Told as done, or negated.
        ("fr", "Je vous ai présentés l'un à l'autre l'an dernier."),
        ("es", "Ya los puse en contacto."),
        ("fr", "Je ne souhaite pas vous présenter l'un à l'autre."),
        ("de", "Ich möchte Sie nicht miteinander in Kontakt bringen."),
        ("de", "Ich hatte Sie letzte Woche miteinander in Kontakt gebracht."),
        # The writer introducing themselves, or "us".
        ("fr", "Permettez-moi de me présenter."),
        ("pt", "Gostaria de nos apresentar um ao outro."),
        # Introduced to someone else, or two others introduced.
        ("es", "Me gustaría ponerlos en contacto con nuestro abogado."),
        ("pt", "Gostaria de apresentá-los ao nosso diretor."),
        ("fr", "J'aimerais présenter Paul et Marie l'un à l'autre."),
    ],
)
def test_no_pair_of_the_two_where_the_ask_is_not_theirs(language: str, ask: str) -> None:
    result = understand(language, ask)
    assert not result.confident
    assert EMRE not in (result.a, result.b)


def test_a_mail_to_one_person_pairs_no_one() -> None:
    result = understand("fr", "Je souhaiterais vous présenter l'un à l'autre.", both=False)
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    ("language", "ask"),
    [
        ("sw", "Ningependa kuwatambulisha kwa Bw. Juma."),
        ("sw", "Naomba niwatambulishe kwa Dkt. Juma."),
        ("en", "I'd like to introduce you both to Dr. Lee."),
        ("en", "Let me connect you two with our lawyer."),
        ("fr", "Je vous présente à notre directeur."),
        ("es", "Me gustaría presentarlos a nuestro director."),
    ],
)
def test_the_two_introduced_to_someone_else_are_no_pair(language: str, ask: str) -> None:
    # "kwa Bw. Juma": someone after a title, with no address, is no one of the two.
    result = understand(language, ask)
    assert not result.confident
    assert EMRE not in (result.a, result.b)
