"""A word that answers only alone ("Y", "sip", "jo", "ss", "poa"), on the first line by
itself above a note, answers as "yes" would there: "Y\n\nslammed til close, after 11 is
best lol" is yes. What the rest says still decides: a turn, a refusal, a doubt or a
question below it keeps the reply from a yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

ANSWERED = [
    "Y\n\nslammed til close, after 11 is best lol",
    "sip\n\nliado hasta el cierre, después de las 11 es mejor",
    "jo\n\nbis Ladenschluss in der Küche, nach 23 Uhr ist am besten",
    "ss\n\nna cozinha até fechar, depois das 11 é melhor",
    "poa\n\nniko jikoni hadi usiku, baada ya saa tano ni vizuri",
    "k\nevenings are best",
]


@pytest.mark.parametrize("text", ANSWERED)
def test_a_lone_answer_word_above_a_note_says_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


NOT_ANSWERED = [
    ("Y\n\nbut not now", "no"),
    ("sip\n\npero no ahora", "no"),
    ("jo\n\naber nicht jetzt", "no"),
    ("ss\n\nmas agora não", "no"),
    ("poa\n\nlakini si sasa", "no"),
    ("Y\n\nnot interested", "no"),
    ("Y\n\nif he's not a recruiter", "unclear"),
    ("Y?\n\nwho is he", "unclear"),
    ("Please\n\nremove me from this list", "no"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_ANSWERED)
def test_what_follows_the_lone_word_still_decides(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
