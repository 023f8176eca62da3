"""A yes that is entirely someone else's is no consent: a bare yes alone in the sentence
before another's ("Yes! He'd love to."), or opening a sentence whose yes has a named
person as its subject ("Yes, Mark would be happy to"). The writer's own yes, where it is
said, still stands ("Yes! I'd love to. He sounds great.")."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ALONE_BEFORE_ANOTHERS = [
    ("Oui ! Il serait ravi.", "unclear"),
    ("Sí. Ella estaría encantada.", "unclear"),
    ("Ja. Er würde sich freuen.", "unclear"),
    ("Sim! Ele adoraria.", "unclear"),
    ("Ndiyo. Angefurahi.", "unclear"),
    ("Yes!\n\nShe would be happy to.", "unclear"),
    # The writer's own yes between, or more than the yes in its sentence.
    ("Yes! I'd love to. He sounds great.", "yes"),
    ("Oui ! Je serais ravie. Marc m'a beaucoup parlé d'elle.", "yes"),
    ("Ja, gerne! Er freut sich auch.", "yes"),
    ("Oui, avec plaisir. Il sera content de vous connaître.", "yes"),
    ("Yes. Happy to.", "yes"),
    ("Ndiyo. Ningefurahi.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), ALONE_BEFORE_ANOTHERS)
def test_a_yes_alone_before_anothers_answers_for_them(text: str, answer: str) -> None:
    assert classify_text(text) == answer
