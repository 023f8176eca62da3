"""A help question ("was muss ich Ihnen schicken", "que dois-je vous envoyer") after a
sentence ending with a negation ("... verstehe ich das Prinzip noch nicht.") asks how to
use the agent: a negation negates a help question right after it in its own sentence
only ("Kenji, no pongo a Intro en copia" tells what the writer does not do)."""

from __future__ import annotations

import pytest

from agent.understanding.commands import asks_how_to_use
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag,\n\nunsere Vorsitzende hat mir diese Adresse gegeben, aber so ganz verstehe"
        " ich das Prinzip noch nicht. Was muss ich Ihnen denn genau schicken, wenn ich zwei"
        " Ehrenamtliche miteinander bekannt machen möchte? Reicht es, wenn ich beide in Kopie"
        " setze, oder brauchen Sie die Adressen im Text?\n\nVielen Dank für eine kurze"
        " Erklärung.\n\nMit freundlichen Grüßen\nHartmut Becker",
        "Je ne comprends pas. Que dois-je vous envoyer exactement ?",
        "Ein Kollege hat mir die Adresse gegeben, ich kenne mich aber noch nicht. Was"
        " schicke ich Ihnen?",
        "Maybe I should know this already, but I do not. What do I need to send you?",
    ],
)
def test_help_question_after_a_negated_sentence_is_help(text: str) -> None:
    assert asks_how_to_use(text)
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        "Kenji, no pongo a Intro en copia para esto, lo hablamos el lunes.",
        "Não coloco o Intro em cópia desta vez.",
    ],
)
def test_help_question_negated_in_its_own_sentence_asks_nothing(text: str) -> None:
    assert not asks_how_to_use(text)
