"""Formal mail that asks for an intro of two colleagues: titled signatures, a count of
colleagues before them, and the formal register's words that ask."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request
from agent.understanding.signatures import signature_start

AGENT = "intro@introbot.net"


def understand(body: str, cc: str | None = None, sender: str = "Ann Lee") -> RequestResult:
    message = EmailMessage()
    message["From"] = f"{sender} <ann@lee.example>"
    message["To"] = f"Intro Agent <{AGENT}>"
    if cc:
        message["Cc"] = cc
    message["Subject"] = "Demande"
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


def emails(result: RequestResult) -> set[str | None]:
    return {result.a.email if result.a else None, result.b.email if result.b else None}


@pytest.mark.parametrize(
    ("line", "writer"),
    [
        ("Pr Anne-Laure Bonnefoy", "Anne-Laure Bonnefoy"),
        ("Professor Margaret Oyelaran-Hughes FBA", "Margaret Oyelaran-Hughes"),
        ("Dr. Konstanze Wehrhahn", "Konstanze Wehrhahn"),
        ("Prof.ª Marta Quintela", "Marta Quintela"),
        ("Dkt. Asha Mrema PhD", "Asha Mrema"),
    ],
)
def test_a_titled_name_signs_the_mail(line: str, writer: str) -> None:
    text = f"Bonjour,\n\nMerci.\n\n{line}\nDirectrice\nSecrétariat : x@y.fr\n"
    assert text[signature_start(text, writer) :].startswith(line)


@pytest.mark.parametrize(
    ("line", "writer"),
    [
        ("FROM:  Joseph Kalunga, Principal Economist", "Joseph Kalunga"),
        ("Anne-Laure Bonnefoy vous appellera demain", "Anne-Laure Bonnefoy"),
        ("MINISTRY Joseph Kalunga", "Joseph Kalunga"),
        ("Dr. Konstanze Wehrhahn Berlin Leipzig Freiburg", "Konstanze Wehrhahn"),
    ],
)
def test_a_header_or_a_sentence_with_the_name_signs_nothing(line: str, writer: str) -> None:
    text = f"Bonjour,\n\n{line}\n\nMerci.\n"
    assert signature_start(text, writer) == len(text)


FR_SIGNED = (
    "Je me permets de vous solliciter afin de mettre en relation deux collègues dont les "
    "travaux me semblent complémentaires : le Professeur Jean Kouyaté, de l'Université de "
    "Dakar (jb.kouyate@ucad.sn), et Mme Hélène Rousseau, ingénieure au CNRS "
    "(helene.rousseau@cnrs.fr).\n\nCordialement,\n\nPr Ann Lee\nDirectrice adjointe\n"
    "Secrétariat : Mme Sandrine Pelletier - sandrine.pelletier@univ.fr\n"
)


def test_colleagues_counted_before_them_are_the_pair_below_a_titled_signature() -> None:
    result = understand(FR_SIGNED)
    assert result.confident
    assert emails(result) == {"jb.kouyate@ucad.sn", "helene.rousseau@cnrs.fr"}


@pytest.mark.parametrize(
    "text",
    [
        "Pourriez-vous mettre en relation deux collègues : Jean Kouyaté (jb@ucad.sn) et "
        "Hélène Rousseau (helene@cnrs.fr) ?",
        "¿Podría poner en contacto a dos colegas: Jean Kouyaté (jb@ucad.sn) y Hélène "
        "Rousseau (helene@cnrs.fr)?",
        "Könnten Sie zwei Kollegen miteinander bekannt machen: Jean Kouyaté (jb@ucad.sn) "
        "und Hélène Rousseau (helene@cnrs.fr)?",
        "Poderia colocar em contacto dois colegas: Jean Kouyaté (jb@ucad.sn) e Hélène "
        "Rousseau (helene@cnrs.fr)?",
        "¿Podría poner en contacto a dos colegas cuyos trabajos me parecen complementarios: "
        "Jean Kouyaté (jb@ucad.sn) y Hélène Rousseau (helene@cnrs.fr)?",
        "Poderia colocar em contacto dois colegas cujos trabalhos me parecem complementares: "
        "Jean Kouyaté (jb@ucad.sn) e Hélène Rousseau (helene@cnrs.fr)?",
    ],
)
def test_a_count_of_colleagues_asks_for_the_two(text: str) -> None:
    result = understand(text)
    assert result.confident
    assert emails(result) == {"jb@ucad.sn", "helene@cnrs.fr"}


def test_the_writer_in_the_clause_of_an_intro_word_is_one_of_them() -> None:
    text = (
        "Je vous saurais gré de me présenter deux collègues que vous pourriez me présenter : "
        "Jean Kouyaté (jb@ucad.sn) et Hélène Rousseau (helene@cnrs.fr)."
    )
    result = understand(text)
    assert not (result.confident and emails(result) == {"jb@ucad.sn", "helene@cnrs.fr"})


CC = "Dr Henrik Aalto <henrik.aalto@helsinki.fi>, Dr Paola Conti <paola.conti@unibo.it>"


@pytest.mark.parametrize(
    "text",
    [
        "I write to request that you introduce the two colleagues copied on this message, "
        "Dr Henrik Aalto of the University of Helsinki and Dr Paola Conti of the University "
        "of Bologna.",
        "I am writing to request that you introduce Dr Henrik Aalto of the University of "
        "Helsinki and Dr Paola Conti of the University of Bologna.",
    ],
)
def test_a_formal_request_that_you_introduce_the_two_copied_asks(text: str) -> None:
    result = understand(text, cc=CC)
    assert result.kind == "intro_request" and result.confident
    assert emails(result) == {"henrik.aalto@helsinki.fi", "paola.conti@unibo.it"}


def test_telling_of_the_two_copied_asks_nothing() -> None:
    text = (
        "I write to let you know that the two colleagues copied on this message, Dr Henrik "
        "Aalto of the University of Helsinki and Dr Paola Conti of the University of "
        "Bologna, have already met."
    )
    assert not understand(text, cc=CC).confident


@pytest.mark.parametrize(
    "text",
    [
        "Les agradecería que presentaran a Jean Kouyaté (jb@ucad.sn) a Hélène Rousseau "
        "(helene@cnrs.fr).",
        "Je vous prie de bien vouloir présenter Jean Kouyaté (jb@ucad.sn) à Hélène Rousseau "
        "(helene@cnrs.fr).",
        "Ich bitte Sie, Jean Kouyaté (jb@ucad.sn) mit Hélène Rousseau (helene@cnrs.fr) "
        "bekannt zu machen.",
    ],
)
def test_the_formal_words_that_ask_ask(text: str) -> None:
    result = understand(text)
    assert result.confident
    assert emails(result) == {"jb@ucad.sn", "helene@cnrs.fr"}


def test_the_formal_words_that_ask_before_news_ask_nothing() -> None:
    text = (
        "Je vous prie de bien vouloir noter que Jean Kouyaté (jb@ucad.sn) et Hélène Rousseau "
        "(helene@cnrs.fr) se connaissent déjà."
    )
    assert understand(text).kind == "not_a_request"


@pytest.mark.parametrize(
    ("after", "reason"),
    [
        ("Both are examining ageing in small towns.", "Both are examining ageing"),
        ("Tous deux travaillent sur les crues au Sahel.", "Tous deux travaillent"),
        ("Beide forschen seit Jahren zu Hochwasser.", "Beide forschen"),
        ("Ambos estudian las crecidas del Sahel.", "Ambos estudian"),
    ],
)
def test_a_sentence_about_both_gives_the_reason(after: str, reason: str) -> None:
    text = (
        "I write to request that you introduce the two colleagues copied on this message, "
        f"Dr Henrik Aalto of the University of Helsinki and Dr Paola Conti of Bologna.\n\n{after}"
    )
    result = understand(text, cc=CC)
    assert result.confident and (result.context or "").startswith(reason)


def test_a_sentence_about_another_pair_of_things_gives_no_reason() -> None:
    text = (
        "I write to request that you introduce the two colleagues copied on this message, "
        "Dr Henrik Aalto of the University of Helsinki and Dr Paola Conti of Bologna.\n\n"
        "Both?"
    )
    assert understand(text, cc=CC).context is None
