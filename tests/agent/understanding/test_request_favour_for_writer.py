""" "Hoping you can do an introduction for me please" over two people written with their
addresses: the writer is whom the favour is for, and the two are the pair."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_KWAME = Party("Kwame Asante", "kwame@asante.example")
_RACHEL = Party("Rachel Dunmore", "rachel@dunmore.example")
_PEOPLE = (
    "Our new pharmacist Kwame Asante (kwame@asante.example) started on Monday. Rachel "
    "Dunmore (rachel@dunmore.example) runs the pharmacy in town."
)


@pytest.mark.parametrize(
    "ask",
    [
        "Hoping you can do an introduction for me please.",
        "Pourriez-vous faire une mise en relation pour moi ?",
        "¿Podrías hacer una presentación para mí, por favor?",
        "Könnten Sie bitte eine Vorstellung für mich machen?",
        "Poderia fazer uma apresentação para mim, por favor?",
    ],
)
def test_a_favour_for_the_writer_over_two_people_pairs_the_two(ask: str) -> None:
    result = understand(f"Hi,\n\n{ask}\n\n{_PEOPLE}\n\nAnn")
    if result.a is not None and result.a.email:
        assert {result.a, result.b} == {_KWAME, _RACHEL}


def test_the_english_favour_pairs_the_two_confidently() -> None:
    result = understand(f"Hi,\n\nHoping you can do an introduction for me please.\n\n{_PEOPLE}")
    assert {result.a, result.b} == {_KWAME, _RACHEL}
    assert result.confident


@pytest.mark.parametrize(
    "ask",
    [
        # The writer to meet someone: no favour.
        "Could you do an introduction for me to one of them?",
        "Could you introduce me, please?",
        "Could you set up an intro for me with one of them?",
    ],
)
def test_the_writer_to_meet_someone_leaves_the_two_no_pair(ask: str) -> None:
    result = understand(f"Hi,\n\n{ask}\n\n{_PEOPLE}\n\nAnn")
    assert not result.confident
    assert {result.a, result.b} != {_KWAME, _RACHEL}


def test_one_person_and_a_favour_stays_the_writer_and_that_one() -> None:
    result = understand(
        "Hi,\n\nCould you do an introduction for me please? Rachel Dunmore "
        "(rachel@dunmore.example) runs the pharmacy in town.\n\nAnn"
    )
    assert result.a == Party("Ann Lee", "ann@lee.example")
    assert result.b == _RACHEL


@pytest.mark.parametrize(
    "ask",
    [
        "Can you introduce the two of them for me?",
        "Tu peux présenter les deux pour moi ?",
        "¿Podés presentar a los dos para mí?",
        "Apresenta os dois para mim?",
        # Brazilian "pra" for "para".
        "Apresenta os dois pra mim?",
        "Apresenta eles pra mim, por favor.",
    ],
)
def test_the_two_introduced_for_the_writer_are_the_pair(ask: str) -> None:
    result = understand(f"Hi,\n\n{_PEOPLE}\n\n{ask}\n\nAnn")
    assert {result.a, result.b} == {_KWAME, _RACHEL}
    assert result.confident


def test_one_introduced_pra_mim_is_to_meet_the_writer() -> None:
    # "pra mim" after one person: the writer is the one to meet.
    result = understand("Apresenta a Rachel Dunmore (rachel@dunmore.example) pra mim?")
    assert {result.a, result.b} == {Party("Ann Lee", "ann@lee.example"), _RACHEL}
