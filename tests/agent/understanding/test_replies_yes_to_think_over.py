"""A yes followed by the writer saying they must think first ("Oui, je dois réfléchir.",
"Sí, tengo que pensarlo.", "Ja, ich muss nachdenken.") or agreeing only in part ("Sim,
até certo ponto.", "Sure, up to a point.") has not consented yet, in every language: it
is unclear, and the clarification question asks again. Said the other way round ("no
need to think twice"), the reply is still unclear rather than guessed yes: the agent
asks once more, which costs a mail, where a wrong yes would cost the introduction."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

THINKING_FIRST = [
    "Yes, I have to think about it.",
    "Oui, je dois réfléchir.",
    "Oui, il faut que j'y réfléchisse.",
    "Sí, tengo que pensarlo.",
    "Sí, necesito pensarlo un poco.",
    "Ja, ich muss nachdenken.",
    "Ja, aber da muss ich erst nachdenken.",
    "Sim, preciso pensar.",
    "Sim, tenho de pensar no assunto.",
    "Sawa, lazima nifikirie kwanza.",
]

IN_PART = [
    "Sure, up to a point.",
    "Yes, to some extent.",
    "Oui, dans une certaine mesure.",
    "Sí, hasta cierto punto.",
    "Ja, bis zu einem gewissen Grad.",
    "Sim, até certo ponto.",
    "Ndiyo, kwa kiasi fulani.",
]


@pytest.mark.parametrize("text", THINKING_FIRST)
def test_a_yes_with_thinking_still_to_do_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize("text", IN_PART)
def test_a_yes_in_part_only_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


def test_no_need_to_think_is_asked_again_rather_than_guessed() -> None:
    assert classify_text("Oui, pas besoin de réfléchir.") == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to, I thought about it over the weekend.",
        "Sí, ya lo he pensado: adelante.",
        "Ja, ich habe darüber nachgedacht, gerne.",
    ],
)
def test_thinking_already_done_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"
