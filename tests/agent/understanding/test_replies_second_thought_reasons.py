"""A yes taken back after the writer stops short ("hang on", "espera", "Moment mal"),
then tells why in sentences that doubt ("legal would have my head if I took a meeting")
and closes with a plain refusal: the refusal is the answer. A doubt in the refusal's own
sentence, a question, or a yes among the reasons leaves the reply unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

REASONED = [
    (
        "Yes, glad to. Hold on - Marta is at Helix, and we might have a conflict if we met. "
        "So no, sorry.",
        "no",
    ),
    (
        "Oui, volontiers. Attendez : Marta est chez Helix, nous aurions un souci si on se "
        "rencontrait. Donc non, désolée.",
        "no",
    ),
    (
        "Sí, encantada. Espera: Marta trabaja en Helix, si nos reunimos habría problemas. "
        "Así que no, lo siento.",
        "no",
    ),
    (
        "Ja, gerne. Moment mal: Marta ist bei Helix, und falls wir uns treffen, gäbe es "
        "Ärger. Also leider nein.",
        "no",
    ),
    # Near-misses: the refusal's own sentence doubts, a question is asked, or a yes
    # stands among the reasons.
    ("Yes. Hang on, if he is a recruiter, then no.", "unclear"),
    ("Yes! Wait. Is he in sales? If so, no thanks.", "unclear"),
    ("Yes. Hold on, I'd be happy to meet him if it's short. Then again, no.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), REASONED)
def test_a_refusal_after_reasons_takes_the_yes_back(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
