"""One written to, then a dash or a colon, then the words presenting someone to them:
"Khamis - meet Fatma Suleiman", "Mwalimu Khamis - kutana na Bi Fatma Suleiman", "Khamis
- conoce a", "Khamis: conheça", "Khamis - je te présente", "Khamis - darf ich Ihnen ...
vorstellen" pair the two as the comma does. A dash before words greeting the one met
("Ellie - great to e-meet you") still pairs no one."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_KHAMIS = Party("Khamis Juma", "khamis@kiembe.example")
_FATMA = Party("Fatma Suleiman", "fatma@malindi.example")
_TO = "Khamis Juma <khamis@kiembe.example>, Fatma Suleiman <fatma@malindi.example>"


@pytest.mark.parametrize(
    "line",
    [
        "Khamis - meet Fatma Suleiman, a customs agent at Malindi port.",
        "Mwalimu Khamis - kutana na Bi Fatma Suleiman, wakala wa forodha pale Bandari ya Malindi.",
        "Khamis \u2013 nakutambulisha kwa Bi Fatma Suleiman, wakala wa forodha.",
        "Khamis \u2013 conoce a Fatma Suleiman, agente de aduanas en el puerto de Malindi.",
        "Khamis - te presento a Fatma Suleiman, agente de aduanas.",
        "Khamis: conheça a Fatma Suleiman, despachante no porto de Malindi.",
        "Khamis - je te présente Fatma Suleiman, transitaire au port de Malindi.",
        "Herr Juma - darf ich Ihnen Frau Fatma Suleiman vorstellen, Zollagentin in Malindi.",
    ],
)
def test_dash_after_the_one_written_to_pairs_them_with_the_one_presented(line: str) -> None:
    result = understand(
        f"Hi both,\n\n{line}\n\nBest,\nSaid",
        sender="Said Abdalla <said@pwani.example>",
        to=_TO,
        cc="intro@introbot.net",
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_KHAMIS, _FATMA}
    assert result.confident


@pytest.mark.parametrize(
    "line",
    [
        "Fatma - great to e-meet you, Khamis told me about the books.",
        "Fatma - nimefurahi kukutana nawe, Khamis ameniambia kuhusu vitabu.",
        "Fatma - encantado de conocerte, Khamis me habló de los libros.",
    ],
)
def test_dash_before_greeting_the_one_met_pairs_no_one(line: str) -> None:
    result = understand(
        f"Thanks for the intro!\n\n{line}\n\nSaid",
        sender="Said Abdalla <said@pwani.example>",
        to="Fatma Suleiman <fatma@malindi.example>",
    )
    assert not result.confident
