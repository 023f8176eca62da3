"""Asking to be put in front of someone asks to meet them ("Could you put me in front of
Dr Ana Lopes?", "Conseguem pôr-me à frente dele?", "Könnten Sie mich bei Herrn Dr. Reisinger
ins Spiel bringen?"), a Portuguese ask may open on "Conseguem" (no one's name), and
Austrian titles ("Primar", "Univ.-Prof.", "Dr.in", "Mag.a") are no part of the name they
lead. These were read as no request, or with the title as a name."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ANN = Party("Ann Lee", "ann@lee.example")

_ASKS = [
    (
        "Could you put me in front of Dr Ana Lopes (ana@fd.example)?",
        Party("Ana Lopes", "ana@fd.example"),
    ),
    (
        "Gostaria de falar com o Prof. Rui Magalhães (rui@fd.example). Conseguem pôr-me à"
        " frente dele? Bastava meia hora.",
        Party("Rui Magalhães", "rui@fd.example"),
    ),
    (
        "Pode colocar-me à frente da Dra. Ana Lopes (ana@fd.example)?",
        Party("Ana Lopes", "ana@fd.example"),
    ),
    (
        "Conseguem pôr-me em contacto com o Prof. Rui Magalhães (rui@fd.example)?",
        Party("Rui Magalhães", "rui@fd.example"),
    ),
    (
        "Könnten Sie mich bei Frau Dr.in Eva Huber (eva.huber@lkh.example) ins Spiel bringen?",
        Party("Eva Huber", "eva.huber@lkh.example"),
    ),
    (
        "Könnten Sie mich Herrn Primar Univ.-Prof. Dr. Ferdinand Reisinger"
        " (f.reisinger@lkh.example) vorstellen?",
        Party("Ferdinand Reisinger", "f.reisinger@lkh.example"),
    ),
    (
        "Könnten Sie mich Frau Mag.a Eva Huber (eva.huber@lkh.example) vorstellen?",
        Party("Eva Huber", "eva.huber@lkh.example"),
    ),
]


@pytest.mark.parametrize(("body", "other"), _ASKS)
def test_the_writer_is_put_in_front_of_the_one_named(body: str, other: Party) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_ANN, other)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "We put our product in front of Dr Ana Lopes (ana@fd.example) last week.",
        "Wir haben das Thema bei Herrn Dr. Ferdinand Reisinger (f.reisinger@lkh.example) ins"
        " Spiel gebracht.",
    ],
)
def test_telling_what_was_put_forward_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"
