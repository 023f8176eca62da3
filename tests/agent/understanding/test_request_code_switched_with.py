"""An English ask to connect or introduce, its "with" said in the writer's other language
(Spanish "con", Swahili "na"), as people mixing the two write it ("porfa connect me con
la Brenda", "pls connect me na Juma Said"): read as "with" is."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "oye si, porfa connect me con la Brenda, she's the one who wrote below. necesito"
            " proveedor de pintura\n\nchuy\n\nEl mar, 24 nov 2026 a las 18:02, Brenda Garza"
            " (<brenda.garza@rgvpaintsupply.example>) escribió:\n> Hi Chuy, happy to be"
            " introduced properly whenever.\n> Brenda",
            Party("Brenda Garza", "brenda.garza@rgvpaintsupply.example"),
        ),
        (
            "porfa introduce me con Brenda Garza (brenda.garza@rgvpaintsupply.example), ella"
            " vende pintura",
            Party("Brenda Garza", "brenda.garza@rgvpaintsupply.example"),
        ),
        (
            "boss, pls connect me na Juma Said (juma.said@fundi.example), ako na tools za welding",
            Party("Juma Said", "juma.said@fundi.example"),
        ),
    ],
)
def test_the_other_languages_with_joins_the_pair(text: str, other: Party) -> None:
    result = understand(text, subject="Re: paint supplier")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (WRITER, other)
    assert result.confident


def test_two_others_joined_so() -> None:
    result = understand(
        "can you connect Rosa con Beto Treviño (beto@trevino.example)? Rosa is rosa@rosa.example"
    )
    assert (result.a, result.b) == (
        Party("Rosa", "rosa@rosa.example"),
        Party("Beto Treviño", "beto@trevino.example"),
    )
