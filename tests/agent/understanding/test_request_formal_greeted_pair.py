"""Copied intake written formally: the two written to, greeted and spoken of by a title
and their surname ("Liebe Frau Schmitt, lieber Herr Yildiz", "Chère Madame Roux"), are
named in the mail, as a first name names them; a directory's surname-first listing of
one of them ("Schmitt, Petra") is named as the text names her, "Petra Schmitt", and so
is one the text calls by the given name alone ("Hallo Petra")."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.request_tokens import without_accents
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def understand(body: str, to: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Dr. Ulrike Hansen <hansen@hansen-partner.example>"
    message["To"] = to
    message["Cc"] = f"Intro Agent <{AGENT}>"
    message["Subject"] = "Kennenlernen"
    message.set_content(body + "\n\nUlrike Hansen")
    return understand_request(parse_message(message.as_bytes()), AGENT)


EMRE = Party("Emre Yildiz", "emre@solarfeld.example")


@pytest.mark.parametrize(
    ("first", "greeting", "ask"),
    [
        (
            "Petra Schmitt",
            "Liebe Frau Schmitt,\nlieber Herr Yildiz,",
            "wie besprochen möchte ich Sie beide gerne miteinander bekannt machen. "
            "Frau Schmitt verantwortet die Ausschreibung.",
        ),
        (
            "Petra Schmitt",
            "Sehr geehrte Frau Schmitt, sehr geehrter Herr Yildiz,",
            "gerne möchte ich Ihnen beiden einander vorstellen.",
        ),
        (
            "Camille Roux",
            "Chère Madame Roux, cher Monsieur Yildiz,",
            "je souhaiterais vous mettre en relation. Mme Roux dirige l'appel d'offres.",
        ),
        (
            "Lucía Ortega",
            "Estimada Sra. Ortega, estimado Sr. Yildiz:",
            "quisiera ponerlos en contacto a ustedes dos. La Sra. Ortega dirige la licitación.",
        ),
        (
            "Ana Keller",
            "Prezada Sra. Keller, prezado Sr. Yildiz,",
            "gostaria de apresentar vocês dois. A Sra. Keller dirige o concurso.",
        ),
        (
            "Zawadi Mushi",
            "Ndugu Bi. Mushi, Ndugu Bw. Yildiz,",
            "ningependa kuwaunganisha ninyi wawili.",
        ),
        (
            "Ana Keller",
            "Dear Ms Keller, dear Mr Yildiz,",
            "I would be delighted to introduce you both. Ms Keller runs the tender.",
        ),
    ],
)
def test_two_greeted_by_a_title_and_their_surname_are_named(
    first: str, greeting: str, ask: str
) -> None:
    email = without_accents(first.split()[0].casefold()) + "@example.org"
    result = understand(f"{greeting}\n\n{ask}", f"{first} <{email}>, Emre Yildiz <{EMRE.email}>")
    assert {result.a, result.b} == {Party(first, email), EMRE}
    assert result.confident


SCHMITT = "Petra Schmitt <petra@stadtwerke.example>"


@pytest.mark.parametrize(
    ("to", "body"),
    [
        # Only one of the two named: the other may be a copied assistant.
        (
            f"{SCHMITT}, Emre Yildiz <{EMRE.email}>",
            "Liebe Frau Schmitt,\n\nich möchte Sie beide gerne miteinander bekannt machen.",
        ),
        # A surname the other one has too names neither.
        (
            f"{SCHMITT}, Jonas Schmitt <jonas@solarfeld.example>",
            "Liebe Frau Schmitt,\n\nich möchte Sie beide gerne miteinander bekannt machen.",
        ),
    ],
)
def test_one_greeted_is_not_both(to: str, body: str) -> None:
    result = understand(body, to)
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Sie haben sich ja schon letztes Jahr miteinander bekannt gemacht.",
        "ich habe Sie beide schon letztes Jahr miteinander bekannt gemacht.",
        "ich möchte Sie beide nicht miteinander bekannt machen.",
        "anbei die Unterlagen für die Sitzung am Freitag.",
    ],
)
def test_a_formal_mail_that_proposes_nothing_pairs_no_one(body: str) -> None:
    result = understand(
        f"Liebe Frau Schmitt, lieber Herr Yildiz,\n\n{body}",
        f"{SCHMITT}, Emre Yildiz <{EMRE.email}>",
    )
    assert result.a is None and result.b is None
    assert not result.confident


def test_a_surname_first_listing_greeted_by_title_is_named_first_name_first() -> None:
    body = (
        "Liebe Frau Schmitt,\nlieber Herr Yildiz,\n\nich möchte Sie beide gerne miteinander "
        "bekannt machen."
    )
    result = understand(
        body, f'"Schmitt, Petra" <petra@stadtwerke.example>, Emre Yildiz <{EMRE.email}>'
    )
    assert {result.a, result.b} == {Party("Petra Schmitt", "petra@stadtwerke.example"), EMRE}
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Petra, hallo Emre,\n\nich möchte euch beide miteinander bekannt machen.",
        "Petra, Emre,\n\nyou two should talk. Petra runs the tender.",
        "Petra, Emre,\n\nje voudrais vous présenter l'un à l'autre.",
        "Hola Petra, hola Emre:\n\nquisiera ponerlos en contacto a ustedes dos.",
        "Olá Petra, olá Emre,\n\ngostaria de apresentar vocês dois.",
        "Habari Petra, habari Emre,\n\nningependa kuwaunganisha ninyi wawili.",
    ],
)
def test_a_surname_first_listing_called_by_the_given_name_is_named_first_name_first(
    body: str,
) -> None:
    # "Petra" alone, never "Schmitt": the part after the comma is the given name.
    result = understand(
        body, f'"Schmitt, Petra" <petra@stadtwerke.example>, Emre Yildiz <{EMRE.email}>'
    )
    assert Party("Petra Schmitt", "petra@stadtwerke.example") in {result.a, result.b}


def test_a_surname_first_listing_the_text_does_not_call_by_one_name_stays() -> None:
    # Neither part written alone, or both: nothing says which is the given name.
    for body in (
        "Guten Tag,\n\nich möchte Sie beide gerne miteinander bekannt machen.",
        "Hallo Petra, hallo Schmitt,\n\nich möchte euch beide miteinander bekannt machen.",
    ):
        result = understand(
            body, f'"Schmitt, Petra" <petra@stadtwerke.example>, Emre Yildiz <{EMRE.email}>'
        )
        assert Party("Petra Schmitt", "petra@stadtwerke.example") not in {result.a, result.b}
