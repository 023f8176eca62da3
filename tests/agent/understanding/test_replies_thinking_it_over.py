"""A person who is away and says they will think the matter over ("I'll think about it",
"j'y réfléchirai", "lo pensaré", "vou pensar", "nitafikiria") writes in their own voice,
which no notice does: beside wording a person might also use ("I'm travelling until
Wednesday", "niko safarini") the reply is read for its answer, unclear, not taken for an
automatic reply. A notice that only promises an answer on return stays one."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_replies_hand_offs import _reply

THINKING = [
    "Maybe. I'm travelling with clients until Wednesday, I'll think about it and reply when"
    " I'm back.",
    "Peut-être. Je suis en voyage jusqu'à mercredi, j'y réfléchirai et vous répondrai à mon"
    " retour.",
    "Quizás. Estoy de viaje hasta el miércoles, lo pensaré y te contesto cuando vuelva.",
    "Vielleicht. Ich bin bis Mittwoch unterwegs, ich überlege es mir und melde mich danach.",
    "Talvez. Estou em viagem até quarta, vou pensar e respondo quando voltar.",
    "Labda. Niko safarini hadi Jumatano, nitafikiria na kukujibu nikirudi.",
]


@pytest.mark.parametrize("body", THINKING)
def test_thinking_it_over_while_away_is_a_persons_unclear(body: str) -> None:
    assert _reply(body) == "unclear"


NOTICES = [
    "I'm travelling until Wednesday. I will reply when I'm back.",
    "Estoy de viaje hasta el miércoles. Le responderé a mi regreso.",
    "Estou em viagem até quarta. Respondo quando voltar.",
    "Niko safarini hadi Jumatano. Nitakujibu nikirudi.",
]


@pytest.mark.parametrize("body", NOTICES)
def test_a_notice_promising_an_answer_on_return_stays_automatic(body: str) -> None:
    assert _reply(body) == "auto_reply"


def test_thinking_it_over_never_makes_a_robot_with_headers_a_person() -> None:
    body = "Niko safarini hadi Jumatano, nitafikiria na kukujibu nikirudi."
    assert _reply(body, "Auto-Submitted: auto-replied\n") == "auto_reply"
