"""The writer's wish that two people named before meet ("I would very much like the two
of them to meet", "j'aimerais beaucoup qu'ils se rencontrent", "me gustaría mucho que los
dos se conocieran", "ich würde mich sehr freuen, wenn die beiden sich kennenlernen",
"gostaria muito que os dois se conhecessem", "ningependa sana hao wawili wakutane") pairs
them, as "they should meet" does; with more named before (an author in an earlier
paragraph), the two named in the wish's own paragraph; a name after "the" ("at the Royal
Preston") is a place, no one. A wish the writer is among ("I'd like them to
meet me", "me gustaría que me conocieran"), a negated one, a meeting of something else
("meet the deadline"), or a wish to meet them oneself ("I'd love to meet them") pairs
no one."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
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


def test_among_several_named_the_two_of_the_wishs_paragraph_are_the_pair() -> None:
    # An author in the news paragraph before, a hospital after "the": no one to meet.
    result = understand(
        "Some news first: the book club has moved on from Trollope to Hilary Mantel.\n\n"
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
        f"{BEFORE} Carol Diaz (carol@diaz.example) runs a clinic. I'd like the two of them to meet."
    )
    assert not result.confident


def test_a_name_after_the_is_no_one_to_meet_before_a_plea_for_them() -> None:
    result = understand(
        "My grandson Tom Whitaker is looking for a placement. My neighbour Chinedu Okafor,"
        " who you wrote to about the Residents Association, is an engineer at the National"
        " Grid.\n\nTom's email is tom.whitaker@mail.example.\n\nWould you be so kind as to"
        " introduce the two of them.\n\nPeggy",
        book=MemoryAddressBook([Address("Chinedu Okafor", "c.okafor@mail.example")]),
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {
        Party("Tom Whitaker", "tom.whitaker@mail.example"),
        Party("Chinedu Okafor", "c.okafor@mail.example"),
    }
    assert result.confident


def test_three_in_the_wishs_own_paragraph_make_no_pair() -> None:
    result = understand(
        "Some news first.\n\nHarriet Bell (harriet.bell@outlook.example) is a midwife."
        " Daniel Okonkwo (daniel.okonkwo@nhs.example) wants to retrain. Carol Diaz"
        " (carol@diaz.example) too. I would very much like the two of them to meet."
    )
    assert not result.confident
