"""Someone else's mail habits told by whoever answers for them ("O mestre está a viajar e
quase não vê email"): the Portuguese "não" of a third person not reading mail refuses
nothing, and a role the writer answers to ("o mestre", "the teacher", "le professeur")
is someone else, as "the boss" is, so a yes said of them is not the writer's. A refusal
beside the note still refuses; the writer unable to answer for them stays unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ABSENT_NOT_REFUSING = [
    "Aqui é o aluno dele. O mestre está a viajar até dia 10 e quase não vê email. Acho que"
    " topa, mas não posso responder por ele.",
    "Ele está fora até novembro e não lê o email. Mostro-lhe a mensagem no domingo.",
    "Ela não vê os emails durante a viagem, falo com ela quando voltar.",
]


@pytest.mark.parametrize("text", ABSENT_NOT_REFUSING)
def test_another_not_reading_mail_refuses_nothing(text: str) -> None:
    assert classify_text(text) == "unclear"


def test_the_writer_not_reading_mail_beside_a_yes_keeps_it() -> None:
    assert classify_text("Sim, pode apresentar. Eu quase não vejo email, ligue-me.") == "yes"


OTHERS_YES = [
    "Yes, the teacher would love to.",
    "Oui, le professeur serait ravi.",
    "Sí, el maestro estaría encantado.",
    "Ja, mein Lehrer ist dabei.",
    "Sim, o mestre topa.",
    "Ndiyo, mwalimu wangu anakubali.",
]


@pytest.mark.parametrize("text", OTHERS_YES)
def test_a_yes_said_of_the_writers_teacher_is_not_the_writers(text: str) -> None:
    assert classify_text(text) == "unclear"


STILL_REFUSING = [
    "Não, obrigado. Ele não lê o email.",
    "Ele não lê o email, e eu não quero ser apresentado.",
    "Não, o mestre não quer.",
]


@pytest.mark.parametrize("text", STILL_REFUSING)
def test_a_refusal_beside_the_note_still_refuses(text: str) -> None:
    assert classify_text(text) == "no"


def test_the_writer_refusing_the_email_itself_still_counts() -> None:
    assert classify_text("Não vejo email nenhum, não me apresente.") != "yes"
