"""A "maybe" about the writer's own replying, in a sentence of its own after a yes ("talvez
eu demore um pouquinho pra responder", "je serai peut-être un peu lent à répondre"),
doubts nothing of the introduction: the reply note may hold a few words inside it
("demore ... responder", "slow ... to reply"). A "maybe" about anything else ("talvez eu
demore pra decidir"), one with a condition, and one with no yes stay doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

YES = [
    "Sim, claro. Talvez eu demore um pouquinho pra responder.",
    "Happy to. Maybe I will be a bit slow to reply this week.",
    "Avec plaisir. Je serai peut-être un peu lent à répondre.",
    "Avec plaisir. Peut-être que je serai un peu lent à répondre.",
    "Sí, claro. Quizá tarde un poco en responder.",
    "Ja, gerne. Ich werde vielleicht etwas verzögert antworten.",
    "Ndiyo. Huenda nikachelewa kidogo kujibu.",
]


@pytest.mark.parametrize("text", YES)
def test_a_maybe_about_the_writers_replying_doubts_nothing(text: str) -> None:
    assert classify_text(text) == "yes"


NOT_YES = [
    "Sim. Talvez eu demore pra decidir.",
    "Sim. Talvez eu demore um pouquinho pra responder se ele é a pessoa certa.",
    "Oui. Je serai peut-être un peu lent à répondre si elle est vraiment pertinente.",
    "Avec plaisir. Peut-être pas.",
    "Maybe. I may be slow to reply.",
    "Sure, maybe I'll be slow to reply about whether to meet her.",
]


@pytest.mark.parametrize("text", NOT_YES)
def test_a_maybe_about_anything_else_still_doubts(text: str) -> None:
    assert classify_text(text) != "yes"
