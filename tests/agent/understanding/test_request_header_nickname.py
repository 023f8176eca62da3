"""A nickname the local part of exactly one address on the mail opens on is that
person's ("Rogério, conheça o Cadu" beside Carlos Eduardo Siqueira
<cadu.siqueira@...> on Cc): the pair is that one with their header name. A word that is
that one's surname, a nickname two addresses open on, or one only spelled later in the
local part is no one certain."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import AGENT, understand

SENDER = "Juliana Kowalski <juliana@vetpantanal.example>"
TO = "Rogério Amaral <rogerio@boaesperanca.example>"
CADU = "Carlos Eduardo Siqueira <cadu.siqueira@rastreiobov.example>"
ROGERIO = Party("Rogério Amaral", "rogerio@boaesperanca.example")


@pytest.mark.parametrize(
    "body",
    [
        "Rogério, meet Cadu. Cadu, meet Rogério. Cadu handles cattle traceability.",
        "Rogério, je te présente Cadu. Cadu, je te présente Rogério.",
        "Rogério, te presento a Cadu. Cadu, te presento a Rogério.",
        "Rogério, darf ich dir Cadu vorstellen? Cadu, das ist Rogério.",
        "Rogério, conheça o Cadu. Cadu, conheça o Rogério.",
        "Rogério, nakutambulisha kwa Cadu. Cadu, nakutambulisha kwa Rogério.",
    ],
)
def test_a_nickname_the_copied_address_opens_on_is_them(body: str) -> None:
    result = understand(body, sender=SENDER, to=TO, cc=f"{CADU}, Intro Agent <{AGENT}>")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {
        ROGERIO,
        Party("Carlos Eduardo Siqueira", "cadu.siqueira@rastreiobov.example"),
    }
    assert result.confident


@pytest.mark.parametrize(
    "cc",
    [
        # Two addresses open on it: either could be Cadu.
        f"{CADU}, Carlos Lima <cadu@lima.example>, Intro Agent <{AGENT}>",
        # The address spells it only after another piece: no nickname it opens on.
        f"Carlos Eduardo Siqueira <siqueira.cadu@rastreiobov.example>, Intro Agent <{AGENT}>",
    ],
)
def test_no_one_address_opening_on_the_nickname_is_asked_about(cc: str) -> None:
    result = understand(
        "Rogério, conheça o Cadu. Cadu, conheça o Rogério.", sender=SENDER, to=TO, cc=cc
    )
    assert not result.confident


def test_a_surname_alone_is_no_nickname() -> None:
    result = understand(
        "Rogério, conheça o Siqueira. Siqueira, conheça o Rogério.",
        sender=SENDER,
        to=TO,
        cc=f"Carlos Siqueira <siqueira.c@rastreiobov.example>, Intro Agent <{AGENT}>",
    )
    assert not result.confident
