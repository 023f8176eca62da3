"""A refusal strengthened by "not even if" ("ni aunque", "même pas si", "nicht mal wenn",
"nem mesmo se") is still a refusal: the negated concession rules out the exception, and
turns nothing toward yes as a plain "even if" or "aunque" might. Beside a yes it is a
refusal beside a yes, never read as agreeing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "I would love to, really, but I can't. The coach doesn't let cameras in, not even if "
        "it's a nice documentary.",
        "Me encantaría, de verdad, pero no puedo. El técnico no deja entrar cámaras a los "
        "entrenamientos, ni aunque sea un documental bonito.",
        "J'aimerais beaucoup, mais je ne peux pas. L'entraîneur refuse les caméras, même pas "
        "si c'est un joli documentaire.",
        "Ich würde gern, aber ich kann nicht. Der Trainer lässt keine Kameras rein, nicht mal "
        "wenn es eine schöne Doku ist.",
        "Eu adoraria, mas não posso. O treinador não deixa entrar câmeras, nem mesmo se for um "
        "documentário bonito.",
    ],
)
def test_a_refusal_not_even_if_refuses(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert not any(e.startswith("contrast:") and "if" in e for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Beside a yes, the negated concession never makes it a yes.
        ("Yes! I wouldn't miss it, not even if it snows.", "unclear"),
        ("Claro que sí, no me lo perdería ni aunque lloviera.", "unclear"),
        # A plain concession still turns the answer as before.
        ("Sí, aunque sea por teléfono.", "unclear"),
        ("Me encantaría, pero no puedo, aunque quizá en otoño.", "unclear"),
    ],
)
def test_a_concession_not_negated_reads_as_before(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
