"""A question after a yes about the reply itself ("Is this the right way to reply?",
"J'espère que c'est bien comme ça qu'il faut faire ?", "¿Lo he hecho bien?", "Habe ich
das richtig gemacht?", "É assim que se responde?", "Nimejibu sawa?") asks how to use
the mail and nothing of the introduction: the yes stands. A question that goes on to
the meeting, the other, a condition or a doubt, or comes before any yes, still asks;
and a French "comment" told, not asked ("ma petite-fille m'a montré comment répondre"),
asks nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

FORM_ASKS = [
    "Yes, happy to. I hope this is the right way to reply?",
    "Yes please! Did I do this right?",
    "Oui, avec grand plaisir !\n\nJ'espère que c'est bien comme ça qu'il faut faire ?",
    "Oui, volontiers. J'ai bien répondu ?",
    "Sí, encantada. ¿Lo he hecho bien?",
    "Claro que sí. ¿Así se responde?",
    "Ja, gerne. Habe ich das richtig gemacht?",
    "Ja, gerne. Ist das so richtig?",
    "Sim, com todo o gosto. É assim que se responde?",
    "Sim, claro. Fiz certo?",
    "Ndiyo, nipo tayari. Nimejibu sawa?",
]


@pytest.mark.parametrize("text", FORM_ASKS)
def test_asking_whether_the_reply_is_right_leaves_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


STILL_ASK = [
    "Yes. Is this the right way to meet him?",
    "Yes. Is this right for me?",
    "Yes. Is this the right way to go?",
    "Yes. Is this the right way to reply, or should I wait until he is vetted?",
    "Did I do this right? Yes.",
    "Yes, if he is not a recruiter. Did I do this right?",
    "Oui. Mais c'est bien comme ça qu'il faut faire avec lui ?",
    "Claro que sí. ¿Así se hace si no lo conozco?",
    "Ja, gerne. Ist das so richtig für Sie, wenn ich erst im März kann?",
    "Sim, com todo o gosto. É assim que se responde se ele for recrutador?",
    "No thanks. Did I do this right?",
]


@pytest.mark.parametrize("text", STILL_ASK)
def test_a_question_that_goes_beyond_the_reply_is_never_a_plain_yes(text: str) -> None:
    assert read_answer(text)[0] != "yes"


def test_how_told_in_french_asks_nothing() -> None:
    text = "Oui, avec plaisir. C'est ma petite-fille qui m'a montré comment répondre."
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize("text", ["Oui. Pouvez-vous m'expliquer comment ?", "Oui, mais comment ?"])
def test_how_asked_in_french_still_asks(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
