"""A long mail, read for an answer only near its start, may still answer late after a turn
back to the question that opens a sentence (question_returns: "Anyway, I have gone on
long enough.", "to actually answer your question:", "a lo que iba", "pour en revenir à
votre question", "zurück zu Ihrer Frage", "voltando à sua pergunta", "turudi kwenye swali
lako"): the answer after it decides, as a summing-up does in a short mail. A summing-up
of another kind ("long story short") still reads nothing late in a long mail, a question
before the turn keeps it from deciding, and a doubt or a refusal after it counts. Asides
on a telephone not always heard, a letter or an email being more reliable, restrict
nothing after a "but"."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

NEWS = (
    "Thank you for your letter. I was surprised to hear from Margaret, we last spoke at"
    " the Harvest Supper when her husband gave that talk about the canal and the locks"
    " near the old mill. My father worked at the shed from 1938 until the end of steam,"
    " first as a cleaner and then as a fireman, and I still have his pay book and a box of"
    " photographs that my late wife always said should go to a museum. He talked very"
    " little about the war years but I remember him telling us about the night the"
    " ammunition train came through and they were not allowed to stop for anything, not"
    " even for tea. I was only small. I had my knee done in August so I am not getting"
    " about as well as I would like, and the grandchildren are with us most of half term,"
    " which is lovely but tiring, and the garden has gone to rack and ruin. The church"
    " fete was rained off again and the vicar has taken up bee keeping, which nobody"
    " expected, least of all the bees. Our road has been dug up three times this year for"
    " the water main and the bus now goes the long way round by the school.\n\n"
)

ANSWERED = [
    NEWS + "Anyway, I have gone on long enough. Yes, by all means pass my details to"
    " Miss Castell, I should be glad to help her with her project.",
    NEWS + "Anyway, to actually answer your question: yes, please do put me in touch with Marta.",
    NEWS + "Bueno, volviendo a tu pregunta: sí, claro, encantada de conocerla.",
    NEWS + "Bref, pour en revenir à votre question : oui, avec plaisir.",
    NEWS + "Also, zurück zu Ihrer Frage: ja, gerne.",
    NEWS + "Enfim, voltando à sua pergunta: sim, pode apresentar.",
    "Sure. The telephone is 01235 555 472 but I do not always hear it, so a letter or an"
    " email is more reliable.",
]


@pytest.mark.parametrize("text", ANSWERED)
def test_a_turn_back_to_the_question_answers_late(text: str) -> None:
    assert classify_text(text) == "yes"


NOT_YES = [
    # Another summing-up, read late in a long mail: nothing.
    NEWS + "Long story short: yes, happy to.",
    # A refusal or a doubt after the turn counts.
    NEWS + "Anyway, I have gone on long enough. I'm afraid I can't help her, sorry.",
    NEWS + "Anyway, to answer your question: yes, but only if she is not a recruiter.",
    # A question before the turn.
    "Is she a recruiter? " + NEWS + "Anyway, to answer your question: yes, happy to.",
    # A late yes with no turn back.
    NEWS + "Yes, happy to.",
    "Sure. The telephone is 01235 555 472 but I do not always hear it, so maybe later.",
]


@pytest.mark.parametrize("text", NOT_YES)
def test_without_a_turn_back_or_with_a_doubt_no_late_yes(text: str) -> None:
    assert classify_text(text) != "yes"


def test_a_refusal_after_the_turn_refuses() -> None:
    text = NEWS + "Anyway, I have gone on long enough. No, thank you, I'd rather not."
    assert classify_text(text) == "no"
