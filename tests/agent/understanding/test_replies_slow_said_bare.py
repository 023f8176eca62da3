"""The writer's slowness said bare, with no verb of replying ("so if I'm slow that's
why", "donc si je tarde, c'est pour ça", "así que si tardo, es por eso", "wenn ich
langsam bin, ist das der Grund", "se eu demorar é por isso", "nikichelewa ndiyo
sababu"), is read as the longer forms are: a note on the writer's replying. Followed by
anything but its reason, or by a decision to come, it is still a condition."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

NOTES = [
    "Yes, happy to be introduced to Sofia. I'm in the field until Thursday with patchy"
    " network, so if I'm slow that's why.",
    "Oui, avec plaisir. Je suis sur le terrain jusqu'à jeudi, donc si je tarde, c'est pour ça.",
    "Sí, encantada. Estoy en el campo hasta el jueves, así que si tardo, es por eso.",
    "Ja, gerne. Ich bin bis Donnerstag im Feld, wenn ich langsam bin, ist das der Grund.",
    "Sim, com gosto. Estou no terreno até quinta, por isso se eu demorar é por isso.",
    "Ndiyo, nitafurahi. Niko shambani hadi Alhamisi, kwa hiyo nikichelewa ndiyo sababu.",
]


@pytest.mark.parametrize("text", NOTES)
def test_slowness_said_bare_is_a_note(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. If I'm slow, ask Maria instead.",
        "Oui, si je tarde à me décider.",
        "Sí, claro. Si tardo, pregúntale a Marta.",
    ],
)
def test_slowness_with_anything_else_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
