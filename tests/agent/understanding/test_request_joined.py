"""A side of an ask joining someone described only ("my son", "my colleague") with a
named party: "introduce my son and Tom Reed (...) to Colin Hartley (...)" asks for three
people, so a pair of Tom and Colin is never acted on as if it were the whole ask. A
description naming its one ("my son Tom Reed") and two names keep their readings."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_TOM = Party("Tom Reed", "tom@reed.example")
_COLIN = Party("Colin Hartley", "c.hartley@example.org")
_T = "Tom Reed (tom@reed.example)"
_C = "Colin Hartley (c.hartley@example.org)"


@pytest.mark.parametrize(
    "body",
    [
        f"Can you introduce my son and {_T} to {_C}?",
        f"Can you introduce my son and his friend {_T} to {_C}?",
        f"Can you introduce my colleague and {_T} to {_C}?",
        f"Can you introduce {_T} and my son to {_C}?",
        f"Can you introduce {_C} to my son and {_T}?",
        f"Could you put my son and {_T} in touch with {_C}?",
        f"Pouvez-vous présenter mon fils et {_T} à {_C} ?",
        f"Pouvez-vous présenter mon collègue et {_T} à {_C} ?",
        f"¿Puedes presentar a mi hijo y {_T} a {_C}?",
        f"Kannst du meinen Sohn und {_T} mit {_C} bekannt machen?",
        f"Pode apresentar o meu filho e o {_T} ao {_C}?",
        f"Pode apresentar o meu colega e o {_T} ao {_C}?",
        f"Tafadhali mtambulishe mwanangu na {_T} kwa {_C}.",
    ],
)
def test_unnamed_one_joined_to_a_party_is_asked_about(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"Can you introduce my son {_T} to {_C}?",
        f"Can you introduce my son, {_T}, to {_C}?",
        f"Kannst du meinen Sohn {_T} mit {_C} bekannt machen?",
        # Told of, not asked: the ask names the two alone.
        f"My son and {_T} went to school together. Could you introduce Tom Reed to {_C}?",
    ],
)
def test_a_described_party_or_one_told_of_keeps_the_pair(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_TOM, _COLIN)
    assert result.confident


def test_my_friend_and_colleague_named_is_one_person() -> None:
    result = understand(
        f"Can you introduce my friend and colleague Nora Blake (nora@blake.org) to {_C}?"
    )
    assert (result.a, result.b) == (Party("Nora Blake", "nora@blake.org"), _COLIN)
    assert result.confident


def test_two_named_people_keep_their_pairs() -> None:
    result = understand(f"Can you introduce {_T} and Nora Blake (nora@blake.org) to {_C}?")
    assert (result.a, result.b) == (_TOM, _COLIN)
    assert len(result.more) == 1
    assert result.confident
