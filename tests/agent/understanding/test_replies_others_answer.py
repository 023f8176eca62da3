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


NAMED_SUBJECTS = [
    ("Sí, Marc estaría encantado.", "unclear"),
    ("Sí, la Marta estaría encantada.", "unclear"),
    ("Sim, o Marc adoraria.", "unclear"),
    ("Yes, Mark would be happy to.", "unclear"),
    ("Yes, Mr. Rao would be happy to.", "unclear"),
    ("Oui, Marc adorerait.", "unclear"),
    ("Oui, Jean-Marc serait ravi.", "unclear"),
    ("Ja, Mark wäre froh.", "unclear"),
    ("Ja, Herr Huber wäre froh.", "unclear"),
    ("Ndiyo, Juma angependa.", "unclear"),
    # No subject, the writer's own, or a name spoken to: the writer's yes.
    ("Yes, I'd be happy to.", "yes"),
    ("Sí, estaría encantado.", "yes"),
    ("Sim, adoraria.", "yes"),
    ("Oui, j'adorerais.", "yes"),
    ("Ndiyo, ningependa.", "yes"),
    ("Yes, Mark, I'd be happy to.", "yes"),
    ("Oui, Marc. Je serais ravi.", "yes"),
    ("Yes, Mark and I would be happy to.", "yes"),
    ("Hi Anna, would be happy to!", "yes"),
    ("Ja, gerne! Mark freut sich auch.", "yes"),
    ("Yes, happy to. Mark would be happy to join too.", "yes"),
    ("Yes, LinkedIn would be great.", "yes"),
    ("Sí, el martes estaría bien.", "yes"),
    ("He asked me to confirm he would love to.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), NAMED_SUBJECTS)
def test_a_yes_with_a_named_subject_is_theirs(text: str, answer: str) -> None:
    assert classify_text(text) == answer
