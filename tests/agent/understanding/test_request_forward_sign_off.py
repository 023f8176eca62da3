"""A forwarded mail's author named in the note by the one word they sign it with, not the
first name their header gives: "apresentar a Bia pro Thiago Moreira" over a mail "De:
Beatriz Lima <bia.lima.design@...>" signed "Beijo\\nBia" pairs Beatriz Lima. The word must
stand under the first closing from the top (not a greeting) and be spelled by the address
or open on the first name's letter; else the one named stays uncertain."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_THIAGO = Party("Thiago Moreira", "thiago@estudio.example")
_SENDER = "Rafaela Nunes <rafa@nunes.example>"


def _forward(note: str, name: str, email: str, closing: str, signed: str) -> str:
    return (
        f"{note}\n\n---------- Forwarded message ---------\nFrom: {name} <{email}>\n"
        f"Date: Mon, 17 Nov 2025 at 14:22\nSubject: Design\nTo: {_SENDER}\n\n"
        f"Hi, do you know anyone looking for a design intern? Portfolio on request.\n\n"
        f"{closing}\n{signed}\n"
    )


@pytest.mark.parametrize(
    ("note", "name", "email", "closing", "signed"),
    [
        (
            "oi! vc consegue apresentar a Bia pro Thiago Moreira? thiago@estudio.example",
            "Beatriz Lima",
            "bia.lima.design@gmail.com",
            "Beijo",
            "Bia",
        ),
        (
            "Could you introduce Kate to Thiago Moreira (thiago@estudio.example)?",
            "Katherine Moss",
            "k.moss@gmail.com",
            "Best,",
            "Kate",
        ),
        (
            "Tu peux présenter Domi à Thiago Moreira (thiago@estudio.example) ?",
            "Dominique Faure",
            "d.faure@gmail.com",
            "Bises,",
            "Domi",
        ),
        (
            "¿Puedes presentar a Lupe a Thiago Moreira (thiago@estudio.example)?",
            "Guadalupe Ortiz",
            "lupe.ortiz@gmail.com",
            "Un abrazo,",
            "Lupe",
        ),
        (
            "Kannst du Alex mit Thiago Moreira (thiago@estudio.example) bekannt machen?",
            "Alexander Kraus",
            "a.kraus@gmail.com",
            "LG",
            "Alex",
        ),
        (
            "Tafadhali mtambulishe Jiku kwa Thiago Moreira (thiago@estudio.example).",
            "Wanjiku Kamau",
            "wanjiku.kamau@gmail.com",
            "Asante,",
            "Jiku",
        ),
    ],
)
def test_the_authors_sign_off_names_them(
    note: str, name: str, email: str, closing: str, signed: str
) -> None:
    result = understand(
        _forward(note, name, email, closing, signed), sender=_SENDER, subject="Fwd: Design"
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {Party(name, email), _THIAGO}
    assert result.confident


@pytest.mark.parametrize(
    ("note", "closing", "signed"),
    [
        # Neither spelled by the address nor opening on the first name's letter.
        (
            "Could you introduce Marketing to Thiago Moreira (thiago@estudio.example)?",
            "Best,",
            "Marketing",
        ),
        # A name under a greeting is whom the mail greets.
        ("Could you introduce Kim to Thiago Moreira (thiago@estudio.example)?", "Hi", "Kim"),
        # Another word than the one signed.
        ("Could you introduce Kit to Thiago Moreira (thiago@estudio.example)?", "Best,", "Kate"),
    ],
)
def test_a_name_not_the_authors_sign_off_stays_uncertain(
    note: str, closing: str, signed: str
) -> None:
    result = understand(
        _forward(note, "Katherine Moss", "k.moss@gmail.com", closing, signed),
        sender=_SENDER,
        subject="Fwd: Design",
    )
    assert Party("Katherine Moss", "k.moss@gmail.com") not in (result.a, result.b)
    assert not result.confident


def test_a_sign_off_outside_a_forward_names_no_one() -> None:
    result = understand(
        "Could you introduce Kate to Thiago Moreira (thiago@estudio.example)?\n\n> Best,\n> Kate",
        sender=_SENDER,
    )
    assert not result.confident


@pytest.mark.parametrize(
    ("note", "name", "email", "closing", "signed"),
    [
        (
            "Happy for you to introduce Sam to Thiago Moreira, thiago@estudio.example.",
            "Samuel Osei",
            "samuel.osei.law@gmail.com",
            "Best wishes,",
            "Sam",
        ),
        (
            "Could you introduce Kate to Thiago Moreira (thiago@estudio.example)?",
            "Katherine Moss",
            "k.moss@gmail.com",
            "Warm regards,",
            "Kate",
        ),
        (
            "Tu peux présenter Domi à Thiago Moreira (thiago@estudio.example) ?",
            "Dominique Faure",
            "d.faure@gmail.com",
            "Amicalement,",
            "Domi",
        ),
        (
            "¿Puedes presentar a Lupe a Thiago Moreira (thiago@estudio.example)?",
            "Guadalupe Ortiz",
            "lupe.ortiz@gmail.com",
            "Un cordial saludo,",
            "Lupe",
        ),
        (
            "Kannst du Steffi mit Thiago Moreira (thiago@estudio.example) bekannt machen?",
            "Stefanie Kraus",
            "s.kraus@gmail.com",
            "Schöne Grüße",
            "Steffi",
        ),
        (
            "oi! vc consegue apresentar a Gabi pro Thiago Moreira? thiago@estudio.example",
            "Gabriela Lima",
            "gabi.lima@gmail.com",
            "Um grande abraço,",
            "Gabi",
        ),
        (
            "Tafadhali mtambulishe Jiku kwa Thiago Moreira (thiago@estudio.example).",
            "Wanjiku Kamau",
            "wanjiku.kamau@gmail.com",
            "Wasalamu,",
            "Jiku",
        ),
    ],
)
def test_a_sign_off_under_a_longer_closing_names_the_author(
    note: str, name: str, email: str, closing: str, signed: str
) -> None:
    # "Best wishes,\nSam", "Amicalement,\nDomi": closings of more than the commonest words.
    result = understand(
        _forward(note, name, email, closing, signed), sender=_SENDER, subject="Fwd: Design"
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {Party(name, email), _THIAGO}
    assert result.confident


def test_a_name_under_a_longer_closing_not_the_authors_stays_uncertain() -> None:
    # Near-miss: "Best wishes,\nKate" under Samuel Osei's mail names no one in "Sam".
    result = understand(
        _forward(
            "Happy for you to introduce Sam to Thiago Moreira, thiago@estudio.example.",
            "Samuel Osei",
            "samuel.osei.law@gmail.com",
            "Best wishes,",
            "Kate",
        ),
        sender=_SENDER,
        subject="Fwd: Design",
    )
    assert Party("Samuel Osei", "samuel.osei.law@gmail.com") not in (result.a, result.b)
    assert not result.confident
