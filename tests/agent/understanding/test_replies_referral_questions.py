"""A question closing a refusal that sends the asker on to someone else ("Ich muss also
leider passen. Vielleicht fragen Sie bei Frau Kretschmar an?", "I have to pass. Maybe ask
Ms Kretschmar?") asks nothing of the answer: the refusal stands. A question that asks the
writer again with no time, names no one, names the one asked about or comes with a yes
still asks."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

REFERRALS = [
    ("Ich muss also leider passen. Vielleicht fragen Sie bei Frau Kretschmar in Gohlis an?", "no"),
    ("Nein danke. Fragen Sie doch Herrn Keller?", "no"),
    ("I have to pass. Maybe ask Ms Kretschmar?", "no"),
    ("I have to pass. Maybe ask Sarah Jones?", "no"),
    ("I have to pass. Have you tried Sarah Jones?", "no"),
    ("Je dois décliner. Peut-être demandez à Mme Roux ?", "no"),
    ("No puedo, lo siento. ¿Quizá pregunte a Marta Díaz?", "no"),
    ("Não posso, desculpe. Talvez pergunte à minha colega Ana?", "no"),
    ("Siwezi, samahani. Labda muulize mwalimu Amina?", "no"),
    # Near misses.
    # Asking the writer again with no time still asks; with a later time it is a
    # put-off (see test_replies_asked_again).
    ("I cannot. Could you ask me again?", "unclear"),
    ("I cannot. Could you ask him to call instead?", "unclear"),
    ("No, sorry. Why did you ask Sarah?", "unclear"),
    ("Maybe ask Ms Kretschmar? I have to pass.", "unclear"),
    ("Yes, but maybe ask Ms Kretschmar?", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), REFERRALS)
def test_a_question_sending_the_asker_on(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


def test_the_one_asked_about_named_in_the_question_still_asks() -> None:
    asked = "Felix Brandt would like to meet you."
    text = "I have to pass. Maybe ask Felix Brandt to write to Ms Kretschmar?"
    assert read_answer(text, asked=asked)[0] == "unclear"
