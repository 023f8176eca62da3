"""The writer's wish that two people named before meet ("I would very much like the two
of them to meet", "j'aimerais beaucoup qu'ils se rencontrent", "me gustaría mucho que los
dos se conocieran", "ich würde mich sehr freuen, wenn die beiden sich kennenlernen",
"gostaria muito que os dois se conhecessem", "ningependa sana hao wawili wakutane") pairs
them, as "they should meet" does; among several named before (a hospital, an author),
the two the mail gives an address for. A wish the writer is among ("I'd like them to
meet me", "me gustaría que me conocieran"), a negated one, a meeting of something else
("meet the deadline"), or a wish to meet them oneself ("I'd love to meet them") pairs
no one."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

HARRIET = Party("Harriet Bell", "harriet.bell@outlook.example")
DANIEL = Party("Daniel Okonkwo", "daniel.okonkwo@nhs.example")
BEFORE = (
    "Harriet Bell (harriet.bell@outlook.example) is a midwife. Daniel Okonkwo"
    " (daniel.okonkwo@nhs.example) wants to retrain."
)


@pytest.mark.parametrize(
    "wish",
    [
        "I would very much like the two of them to meet.",
        "I'd love for them to meet.",
        "J'aimerais beaucoup qu'ils se rencontrent.",
        "Me gustaría mucho que los dos se conocieran.",
        "Ich würde mich sehr freuen, wenn die beiden sich kennenlernen.",
        "Gostaria muito que os dois se conhecessem.",
        "Ningependa sana hao wawili wakutane.",
    ],
)
def test_a_wish_that_the_two_named_before_meet_pairs_them(wish: str) -> None:
    result = understand(f"{BEFORE} {wish}")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {HARRIET, DANIEL}
    assert result.confident


def test_among_several_named_the_two_with_addresses_are_the_pair() -> None:
    result = understand(
        "Many years ago I taught Daniel Okonkwo, now a nurse at the Royal Preston. My niece,"
        " Harriet Bell, has been a midwife for years. I would very much like the two of them"
        " to meet, and Harriet has already said she would be glad to.\n\nDaniel's email is"
        " daniel.okonkwo@nhs.example and Harriet's is harriet.bell@outlook.example.\n\nAnn"
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {HARRIET, DANIEL}
    assert result.confident


@pytest.mark.parametrize(
    "wish",
    [
        "I'd like them to meet me.",
        "I'd love to meet them to discuss.",
        "I wouldn't like them to meet.",
        "I would like them to meet the deadline.",
        "Me gustaría que me conocieran.",
        "Ich würde mich freuen, wenn wir uns kennenlernen.",
        "Ningependa kukutana nao.",
    ],
)
def test_a_wish_the_writer_is_among_or_of_something_else_pairs_no_one(wish: str) -> None:
    result = understand(f"{BEFORE} {wish}")
    assert not result.confident
    assert {result.a, result.b} != {HARRIET, DANIEL}


def test_three_with_addresses_named_before_make_no_pair() -> None:
    result = understand(
        f"{BEFORE} Carol Diaz (carol@diaz.example) runs a clinic. I'd like the two of them"
        " to meet."
    )
    assert not result.confident
