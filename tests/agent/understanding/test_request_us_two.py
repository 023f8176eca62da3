""" "The two of us", "uns beide", "nós dois": the writer's "us", the writer and the one
person named before, not two others."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

WRITER = Party("Ann Lee", "ann@lee.example")
NAOMI = Party("Naomi Kline", "naomi@klinebio.example")


@pytest.mark.parametrize(
    "body",
    [
        "Evening,\n\nHad dinner with Lucy, Arjun and Pete on Friday. Arjun mentioned that "
        "Naomi Kline is looking for farms to pilot her sensors - naomi@klinebio.example.\n\n"
        "Would you mind introducing the two of us?\n\nAnn Lee",
        "Hi,\n\nNaomi Kline (naomi@klinebio.example) is looking for test farms. Could you "
        "connect both of us?\n\nAnn Lee",
        "Bonsoir,\n\nArjun m'a dit que Naomi Kline cherche des fermes pilotes "
        "(naomi@klinebio.example). Pourriez-vous nous deux mettre en relation ?\n\nAnn Lee",
        "Hola:\n\nArjun me dijo que Naomi Kline busca granjas piloto (naomi@klinebio.example)."
        " ¿Podrías presentarnos a nosotros dos?\n\nAnn Lee",
        "Hallo,\n\nArjun hat erzählt, dass Naomi Kline nach Testbetrieben sucht "
        "(naomi@klinebio.example). Könnten Sie uns beide miteinander bekannt machen?\n\n"
        "Ann Lee",
        "Olá,\n\nO Arjun disse que a Naomi Kline procura fazendas piloto "
        "(naomi@klinebio.example). Você poderia apresentar nós dois?\n\nAnn Lee",
        "Habari,\n\nArjun alisema Naomi Kline anatafuta mashamba ya majaribio "
        "(naomi@klinebio.example). Unaweza kututambulisha sisi wawili?\n\nAnn Lee",
    ],
)
def test_the_two_of_us_is_the_writer_and_the_one_named(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {WRITER, NAOMI}
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # Two named before "the two of us": who "us" is besides the writer is not said.
        "Hi,\n\nNaomi Kline (naomi@klinebio.example) and Bob Ray (bob@ray.example) need "
        "farms. Could you connect the two of us?\n\nAnn Lee",
        # "Die beiden" are still two others: the two named.
        "Hallo,\n\nNaomi Kline (naomi@klinebio.example) und Bob Ray (bob@ray.example) "
        "suchen Höfe. Könnten Sie die beiden mit uns bekannt machen?\n\nAnn Lee",
    ],
)
def test_the_two_of_us_after_two_named_is_no_confident_pair_of_the_writer(body: str) -> None:
    result = understand(body)
    assert not (result.confident and WRITER in (result.a, result.b))


def test_the_two_of_them_still_pairs_the_two_named() -> None:
    result = understand(
        "Hi,\n\nNaomi Kline (naomi@klinebio.example) and Bob Ray (bob@ray.example) both "
        "pilot sensors. Could you connect the two of them?\n\nAnn Lee"
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {NAOMI, Party("Bob Ray", "bob@ray.example")}
    assert result.confident
