"""A format of the talk the writer would rather have ("rather a video call", "plutôt une
visio", "mejor una videollamada", "lieber ein Videocall", "de preferência uma
videochamada", "afadhali simu ya video") is a practical preference: after a yes, with a
trip told before it and an "if" about the other's wish to talk after it ("if Henrik
wants to talk"), it offers the writer's time and sets no condition. A condition on who
or what, or the writer's own decision still to come ("then I'll decide", "je
déciderai", "decidiré", "dann entscheide ich", "depois decido", "nitaamua"), still
doubts the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

PREFERENCES = [
    "Sure, fine by me. I'm travelling until the 24th, so rather a video call the week after"
    " if Henrik wants to talk.",
    "Ok pour moi, pas de souci.\n\nJe suis en déplacement jusqu'au 24, donc plutôt une visio"
    " la semaine d'après si Henrik veut échanger.",
    "Claro, sin problema. Estoy de viaje hasta el 24, así que mejor una videollamada la"
    " semana siguiente si Henrik quiere hablar.",
    "Ja, gerne. Ich bin bis zum 24. unterwegs, also lieber ein Videocall in der Woche danach,"
    " falls Henrik sprechen möchte.",
    "Sim, sem problema. Estou em viagem até dia 24, por isso de preferência uma videochamada"
    " na semana seguinte se o Henrik quiser conversar.",
    "Ndiyo, sawa. Niko safarini hadi tarehe 24, kwa hiyo afadhali simu ya video wiki"
    " inayofuata kama Henrik anataka kuongea.",
]


@pytest.mark.parametrize("text", PREFERENCES)
def test_a_preferred_format_and_the_others_wish_to_talk_leave_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


DOUBTS = [
    "Ok pour moi. Plutôt une visio la semaine d'après si Henrik n'est pas recruteur.",
    "Sure. Rather a video call if he is legit.",
    "Plutôt une visio. Je ne sais pas encore.",
    "Yes, then I'll decide.",
    "Yes, but rather a call first, then I'll decide.",
    "Oui, mais plutôt une visio d'abord, ensuite je déciderai.",
    "Sí, pero mejor una llamada primero y luego decidiré.",
    "Ja, aber lieber ein Telefonat, dann entscheide ich.",
    "Sim, mas de preferência uma chamada primeiro, depois decido.",
    "Ndiyo, lakini afadhali simu ya video kwanza, kisha nitaamua.",
]


@pytest.mark.parametrize("text", DOUBTS)
def test_a_condition_or_a_decision_to_come_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
