"""Saying "I may be one of the few who remember it" places the writer among others; its "may"
doubts no answer. A yes beside it stands in every language, while a "maybe" that puts the
yes off ("maybe one of these days") or doubts the writer's fit still leaves it unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ONE_OF = [
    ("Yes, I would. I might be one of the last people who ran that line.", "yes"),
    ("Oui, volontiers. Je suis peut-être l'une des dernières à avoir connu l'atelier.", "yes"),
    ("Sí, me encantaría. Quizá yo sea uno de los pocos que trabajó allí.", "yes"),
    ("Ja, gerne. Ich bin vielleicht eine der wenigen, die das Werk noch kennen.", "yes"),
    ("Sim, claro. Talvez eu seja uma das poucas que ainda se lembram disso.", "yes"),
    ("Ndiyo, nakubali. Huenda mimi ni mmoja wa wachache waliofanya kazi pale.", "yes"),
    # Near-misses: the doubt is on the writer's fit or on the time, no one placed.
    ("Yes. I may be the wrong person though.", "unclear"),
    ("Yes, maybe one of these days.", "unclear"),
    ("Ja, vielleicht einer der nächsten Tage.", "unclear"),
    ("Sí, quizá sea uno de estos días.", "unclear"),
    ("Sim, talvez um dia destes.", "unclear"),
    ("Oui, peut-être un de ces jours.", "unclear"),
    ("Ndiyo, labda siku moja.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), ONE_OF)
def test_one_of_a_few_doubts_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
