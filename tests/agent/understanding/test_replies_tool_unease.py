"""After a yes, the writer owning to unease with mail or computers ("I'm not very
comfortable with all these automatic emails", "je ne suis pas très à l'aise avec tous
ces courriels automatiques", "no soy muy hábil con el ordenador") tells how they manage
mail: its negation doubts nothing. The same about the introduction or a meeting, with a
condition, a consequence drawn ("so ask someone else") or another negation in its
sentence still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

UNEASE = [
    "Yes, of course, with pleasure! I must admit I'm not very comfortable with all these"
    " automatic emails.",
    "Oui, bien sûr. Je dois vous avouer que je ne suis pas très à l'aise avec tous ces"
    " courriels automatiques, c'est ma petite-fille qui m'a montré comment répondre.",
    "Sí, claro. La verdad es que no soy muy hábil con el ordenador.",
]


@pytest.mark.parametrize("text", UNEASE)
def test_unease_with_mail_leaves_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


DOUBTS = [
    "Yes, of course. I'm not comfortable with email introductions.",
    "Yes, of course. I'm not comfortable with this introduction.",
    "Yes, of course. I'm not comfortable with email, so ask someone else.",
    "Oui, bien sûr. Je ne suis pas à l'aise avec les mails, donc demandez à quelqu'un d'autre.",
    "Yes, of course. I'm not comfortable with computers if he is a salesman.",
    "Yes. I'm not comfortable with email, I don't want this.",
]


@pytest.mark.parametrize("text", DOUBTS)
def test_unease_tied_to_the_introduction_or_a_consequence_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


# A call or a note asked for beside the unease, in its sentence, tells how to reach the
# writer; the introduction is named nowhere in the unease's own clause.
REACH_BESIDE = [
    "Yes, go ahead. Have him call me, he starts, I'm not great with emails.",
    "Pas de problème, allez-y. Qu'il m'appelle ou qu'il m'écrive, c'est lui qui commence,"
    " moi je suis pas fort sur les courriels.",
    "Sí, adelante. Que me llame o me escriba, que empiece él, no soy muy hábil con los correos.",
    "Ja, gerne. Er soll mich anrufen oder schreiben, ich bin nicht gut mit E-Mails.",
    "Sim, pode. Ele que me ligue ou escreva, não sou bom com e-mails.",
    "Ndiyo, sawa. Anipigie simu au aniandikie, mimi si hodari wa barua pepe.",
]


@pytest.mark.parametrize("text", REACH_BESIDE)
def test_a_call_asked_for_beside_the_unease_leaves_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


REACH_BESIDE_DOUBTS = [
    "Yes, go ahead. Have him call me, I'm not comfortable with email introductions.",
    "Oui, allez-y. Qu'il m'écrive, je ne suis pas à l'aise avec les présentations par courriel.",
    "Oui, allez-y. Qu'il m'appelle, je ne suis pas fort sur les courriels, donc demandez à"
    " quelqu'un d'autre.",
    "Oui, allez-y. Qu'il m'appelle si c'est sérieux, je ne suis pas fort sur les courriels.",
]


@pytest.mark.parametrize("text", REACH_BESIDE_DOUBTS)
def test_unease_naming_the_introduction_beside_a_call_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
