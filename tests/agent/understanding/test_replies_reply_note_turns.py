"""After a yes, a turn inside a note on the writer's own replying, to more of the
replying ("I'll be slow on email until the 24th, but I will answer", "ila nitajibu jioni
kwa sababu mchana niko kazini"), turns nothing. A turn to anything else, or a doubt after
the turn, still leaves the yes unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

TURNS = [
    (
        "Happy to be introduced. Fair warning that I'm at a conference next week and will "
        "be slow on email until the 24th, but I will answer.",
        "yes",
    ),
    (
        "Happy to be introduced, she's welcome to get in touch. Fair warning that\n"
        "I'm at a conference next week and will be slow on email until the 24th, but\n"
        "I will answer.",
        "yes",
    ),
    ("Oui. Je serai lent à répondre, mais je répondrai.", "yes"),
    ("Sí, claro. Suelo contestar tarde, pero contesto por las tardes siempre.", "yes"),
    ("Ja, gerne. Ich bin langsam beim Antworten, aber ich antworte abends.", "yes"),
    ("Sim, claro. Demoro a responder, mas respondo à noite.", "yes"),
    ("Ndiyo. Mwambie aniandikie wakati wowote, ila nitajibu jioni.", "yes"),
    # Near-misses: the turn goes elsewhere, a doubt follows it, or another is its subject.
    ("Sure. I'm slow on email, but I'd rather wait until January.", "unclear"),
    ("Sure. I'm slow on email but I'll think about it.", "unclear"),
    ("Yes. I'm slow on email, but he should call my boss.", "unclear"),
    ("Yes. I'm slow on email, but only if he is not a recruiter.", "unclear"),
    ("Sí. Suelo contestar por las tardes, pero antes tengo que consultarlo.", "unclear"),
    ("Yes. My replies are slow, but I'm not sure I have time.", "unclear"),
    (
        "Happy to be introduced, she's welcome to get in touch. I'm slow on email, but\n"
        "I need to check with my boss first.",
        "unclear",
    ),
]


@pytest.mark.parametrize(("text", "answer"), TURNS)
def test_a_turn_inside_a_note_on_replying_turns_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
