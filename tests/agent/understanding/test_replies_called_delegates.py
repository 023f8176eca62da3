"""An assistant named as whom the other should call or write, in a note after a yes
("it would be easier if he phoned my PA, she keeps my diary"), is a way to reach the
writer, no one who decides: the yes stands. An assistant who decides, confirms or
approves, with no channel to them, still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CALLED_DELEGATES = [
    (
        "Yes, glad to talk to him. I'm rarely at my desk, so it would be easier if he "
        "phoned my PA Moira on 0161 496 0033 and she'll find a slot.",
        "yes",
    ),
    ("Yes, happy to. Best to ring my assistant on 0161 496 0033.", "yes"),
    (
        "Oui, volontiers. Le plus simple serait qu'il appelle mon assistante au 04 72 00 00 00.",
        "yes",
    ),
    ("Sí, con gusto. Mejor que llame a mi secretaria al 912 000 000.", "yes"),
    (
        "Ja, gerne. Am einfachsten wäre es, wenn er meine Sekretärin unter 0221 000 000 anruft.",
        "yes",
    ),
    ("Sim, com todo o gosto. Seria mais fácil se ele ligar para a minha secretária.", "yes"),
    ("Ndiyo, nitafurahi. Ni rahisi zaidi akimpigia simu katibu wangu.", "yes"),
    # The assistant decides, confirms or approves: still a doubt.
    ("Yes, happy to. My secretary will decide.", "unclear"),
    ("Yes, happy to, once my PA confirms.", "unclear"),
    ("Yes, if my secretary agrees.", "unclear"),
    ("Yes, happy to. Ring my secretary first, she'll decide if I have time.", "unclear"),
    ("Ja, gerne. Meine Sekretärin entscheidet das, rufen Sie an.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CALLED_DELEGATES)
def test_an_assistant_to_call_is_a_way_to_reach_the_writer(text: str, answer: str) -> None:
    assert classify_text(text) == answer
