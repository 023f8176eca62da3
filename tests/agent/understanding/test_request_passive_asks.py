"""An intro asked for in the passive, "that X be introduced to Y" ("it has been requested
that Dr. Ann Lee (...) be introduced to Bob Ray (...)", "has asked that she be put in
contact with", "que Mme Ann Lee puisse être présentée à", "que la Dra. Ann Lee sea
presentada a", "dass Frau Ann Lee Herrn Bob Ray vorgestellt wird", "que a Ann Lee seja
apresentada ao"): the one said to be introduced is party A, the other party B, an
aside between A and the verb ("Ann Lee (...), our adviser, be introduced") left out. A
statement of what happens ("Ann will be introduced to Bob at the gala") asks nothing of
the agent."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_MIA = Party("Mia Sol", "mia@sol.example")
_BOB = Party("Bob Ray", "bob@ray.example")
_A = "Mia Sol (mia@sol.example)"
_B = "Bob Ray (bob@ray.example)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"It has been requested by our Board that Dr. {_A} be introduced to Prof. {_B}.",
        f"Our director has asked that Dr. {_A}, our technical adviser, be introduced to {_B}.",
        f"The Board asks that {_A} be put in touch with Mr. {_B}.",
        f"Nous souhaiterions que Mme {_A} puisse être présentée à M. {_B}.",
        f"Nous demandons que {_A}, notre conseillère, soit présentée à {_B}.",
        f"Solicitamos que la Dra. {_A} sea presentada a {_B}.",
        f"Wir bitten darum, dass Frau {_A} Herrn {_B} vorgestellt wird.",
        f"Pedimos que a {_A} seja apresentada ao {_B}.",
    ],
)
def test_a_passive_ask_pairs_the_one_introduced_with_the_other(sentence: str) -> None:
    result = understand(f"Dear colleagues,\n\n{sentence}\n\nYours faithfully,\nCarl Ode")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_MIA, _BOB}
    assert result.a == _MIA
    assert result.confident


def test_a_pronoun_in_a_passive_ask_is_the_one_named_before() -> None:
    result = understand(
        "1. The Director of Debt Management, Mrs. Mia Sol (mia@sol.example), has asked "
        "that she be put in contact with Mr. Bob Ray, Senior Adviser, at the Secretariat "
        "(bob@ray.example).\n\nCarl Ode"
    )
    assert (result.a, result.b) == (_MIA, _BOB)
    assert result.confident


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_A} will be introduced to {_B} at the gala on Friday.",
        f"I hear that {_A} was introduced to {_B} last year.",
        f"Mme {_A} a été présentée à {_B} l'an dernier.",
    ],
)
def test_a_statement_in_the_passive_asks_nothing(sentence: str) -> None:
    result = understand(f"Hello,\n\n{sentence}\n\nCarl Ode")
    assert result.kind == "not_a_request" or not result.confident


@pytest.mark.parametrize(
    "sentence",
    [
        f"Naomba {_A} akutanishwe na {_B}.",
        f"Tunaomba {_A} atambulishwe kwa {_B}.",
        f"Ningependa {_A} aunganishwe na {_B}.",
    ],
)
def test_a_swahili_passive_subjunctive_pairs_the_one_introduced(sentence: str) -> None:
    """The plea "Naomba X akutanishwe na Y" ("I ask that X be brought together with Y") asks as
    "that X be introduced to Y" does in the other languages."""
    result = understand(f"Hamjambo,\n\n{sentence}\n\nAsanteni,\nCarl Ode")
    assert (result.a, result.b) == (_MIA, _BOB)
    assert result.confident


def test_the_writer_asking_to_be_brought_together_in_swahili_is_party_a() -> None:
    """The wish "Ningependa kukutanishwa na Y" is "I'd like to be introduced to Y", Y's
    organisation after "wa" ("wa Kituo cha Miswada") no part of the name."""
    result = understand(
        f"Ningependa kukutanishwa na Dkt. {_B[:7]} wa Kituo cha Miswada cha Muscat"
        f" {_B[7:]}.\n\nAhsante,\nCarl Ode"
    )
    assert result.kind == "intro_request"
    assert result.b == _BOB
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Mia Sol atatambulishwa kwa Bob Ray kwenye sherehe ya Ijumaa.",
        "Mkurugenzi aliomba Mia Sol akutanishwe na Bob Ray mwaka jana, na walikutana.",
        "Nilikutanishwa na Bob Ray mwaka jana kwenye kongamano.",
    ],
)
def test_a_swahili_meeting_told_asks_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"
