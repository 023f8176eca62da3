"""A question the writer answers before saying yes ("wait who is this ... oh nvm i see
coach hughes sent it lol. ok yeah go ahead") asks nothing: one of the self_answers
("nvm", "never mind", "i see", "je vois", "ya veo", "ach so", "entendi", "kumbe")
opening its sentence, after an interjection at most, with a yes after it, drops the
questions before it. A question after it still asks, and with no yes after it the
questions stay open."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ANSWERED = [
    (
        "yes!! wait who is this 😭 how did u get my school email\n\noh nvm i see coach "
        "hughes is the one who sent it lol. ok yeah go ahead i'm down 🙌🏾🙌🏾",
        "yes",
    ),
    ("Who is this? Never mind, go ahead.", "yes"),
    ("Who is this? Oh I see, it's through my old boss. Sure, happy to.", "yes"),
    ("C'est qui ? Ah je vois, c'est par le coach. Oui, vas-y.", "yes"),
    ("¿Quién es? Ah, ya veo, es por el entrenador. Sí, adelante.", "yes"),
    ("Wer ist das? Ach so, über den Trainer. Ja, gern.", "yes"),
    ("Quem é? Ah, entendi, é pelo treinador. Sim, pode.", "yes"),
    ("Ni nani huyu? Kumbe ni kocha. Sawa, endelea.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), ANSWERED)
def test_a_question_the_writer_answers_before_the_yes_asks_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer


OPEN = [
    # No answer of the writer's own: the question stays open.
    ("sure i guess?? wait who is this", "unclear"),
    ("yes!! wait who is this 😭 how did u get my school email", "unclear"),
    ("Oui ! C'est qui ?", "unclear"),
    ("Ja, gern. Wer ist das?", "unclear"),
    # No yes after the answer.
    ("Yes! Who is this? Nvm.", "unclear"),
    ("Sí. ¿Quién es? Ya veo.", "unclear"),
    # A question after the answer still asks.
    ("Yes! Who is this? I see. Is he in sales? Go ahead", "unclear"),
    ("Qui est-ce ? Ah je vois. Il est dans la vente ? Oui, vas-y.", "unclear"),
    # The answer word not opening its sentence, or no yes but a refusal after it.
    ("Quem é? Não entendi. Sim, pode.", "unclear"),
    ("Who is this? Never mind, not interested.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), OPEN)
def test_a_question_left_open_still_asks(text: str, answer: str) -> None:
    assert classify_text(text) == answer


def test_never_mind_alone_refuses_nothing() -> None:
    assert classify_text("Never mind.") == "unclear"
