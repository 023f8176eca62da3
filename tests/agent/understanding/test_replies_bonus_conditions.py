"""A condition whose sentence closes on praise that only adds ("even better", "tant mieux",
"mejor aún", "umso besser", "melhor ainda", "vizuri zaidi"), after a yes, is a wish that
met would please more, not a condition on the consent: the yes stands, with or without a
"but" right before the condition. Alone, negated, asked, closing on plain praise or with
another branch refused, the condition still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Sim, pode fazer a apresentação. Falo inglês sem problema, mas se ele arriscar o"
            " português, melhor ainda!",
            "yes",
        ),
        ("Yes, go ahead. I speak English, but if he tries Spanish, even better!", "yes"),
        ("Yes, go ahead. If he speaks Spanish, all the better.", "yes"),
        ("Oui, volontiers. S'il parle français, tant mieux.", "yes"),
        ("Sí, claro. Si habla español, mejor aún.", "yes"),
        ("Ja, gerne. Wenn er Deutsch spricht, umso besser.", "yes"),
        ("Ndiyo, nitafurahi. Kama anaongea Kiswahili, vizuri zaidi.", "yes"),
        # No yes before it, a negation, a question, plain praise or a refused branch.
        ("If he speaks Spanish, even better.", "unclear"),
        ("Yes. If he's not a recruiter, even better.", "unclear"),
        ("Yes. If he's not a recruiter, great.", "unclear"),
        ("Yes, go ahead. If he speaks Spanish, even better?", "unclear"),
        ("Yes, go ahead. If he speaks Spanish, even better, otherwise no.", "unclear"),
    ],
)
def test_a_condition_that_only_adds_leaves_the_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer
