"""Being ready to be introduced says yes in six languages ("ready to be introduced",
"prête à être mise en relation", "niko tayari kabisa kutambulishwa"); negated, it
refuses."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    ("I'm ready to be introduced.", "yes"),
    ("Je suis prête à être mise en relation.", "yes"),
    ("Ich bin bereit für das Kennenlernen.", "yes"),
    ("Estoy listo para que me presenten.", "yes"),
    ("Estou pronto para ser apresentado.", "yes"),
    ("Niko tayari kabisa kutambulishwa kwake.", "yes"),
    ("I'm not ready to be introduced.", "no"),
    ("Je ne suis pas prête à être mise en relation.", "no"),
    ("I'm ready to be introduced, but only if she's local.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_being_ready_to_be_introduced(text: str, answer: str) -> None:
    assert classify_text(text) == answer
