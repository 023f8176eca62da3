"""A final verdict decides a reply whose writer thought aloud on the way: "Volontiers ...
Ah non, attends ... avec un drone ? ... Donc finalement c'est non" is no, whatever yes,
questions and reasons came before, and an invitation to something else after it does
not undo it; a yes, a question or another doubt after it, or a question right before it
that it answers, leaves the reply read whole."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

VERDICTS = [
    "Salut Nicole,\n\nVolontiers, ça me fait plaisir qu'on pense à nous.\n\nAh non, attends, je"
    " relis ton message : filmer en juillet et en août, là-haut, avec un drone ? Avec"
    " septante-deux vaches à traire, on n'a pas une minute. Donc finalement c'est non,"
    " désolé.\n\nSi elle veut filmer la désalpe en septembre comme tout le monde, c'est"
    " public, qu'elle vienne.",
    "Sure! Hmm, wait, drones? We have no time. So in the end it's a no, sorry. If she wants"
    " to film the show in September, it's public, she can come.",
    "¡Claro! Espera, ¿con dron? No tenemos tiempo. Así que al final es que no, lo siento.",
    "Ja gerne. Moment, mit Drohne? Dafür haben wir keine Zeit. Also doch nein, tut mir leid.",
    "Claro! Espera, com drone? Não temos tempo. Então afinal é não, desculpa.",
    "Ndiyo! Subiri, na drone? Hatuna muda. Kwa hiyo mwishowe ni hapana, samahani.",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_a_final_verdict_decides(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("verdict:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # An exception or a yes after the verdict, or a question: read whole.
        (
            "Volontiers. Ah non, attends, avec un drone ? On n'a pas le temps. Donc"
            " finalement c'est non. Sauf si elle vient sans drone.",
            "unclear",
        ),
        (
            "Volontiers. Ah non, attends, avec un drone ? On n'a pas le temps. Donc"
            " finalement c'est non. Si elle renonce au drone, d'accord.",
            "unclear",
        ),
        (
            "Sure! Wait, drones? We have no time. So in the end it's a no. Any chance she'd"
            " come in September?",
            "unclear",
        ),
        # A verdict right after a question answers that question.
        ("Yes, happy to meet Gavin! The bank loan? In the end it's a no, sadly.", "unclear"),
        # A verdict on something else, and a verdict that does not close its clause.
        (
            "I thought about it a lot. In the end it's a no for the drone, but yes to the rest.",
            "unclear",
        ),
        ("Yes. In the end, no problem at all.", "yes"),
        ("Ok. Doch nein, das ist kein Problem, gerne.", "unclear"),
    ],
)
def test_near_misses_keep_their_reading(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
