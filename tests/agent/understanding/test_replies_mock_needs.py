"""A need said of what is asked with more of the same after it in its sentence ("exactly
what I need, another recruiter", "justo lo que necesitaba, otro agente") mocks the yes
before it, as a mocking reason does: a refusal beside it answers, and a bare yes in the
sentence right after it ("Can't wait.") mocks on. A need that names nothing more of the
same stays a yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "Oh sure, wonderful, exactly what I need this quarter - another vendor pitch. No thanks.",
        "no",
    ),
    ("Yes, great, just what I needed, yet another consultant. Can't wait. Hard pass.", "no"),
    ("Oui, génial, juste ce qu'il me fallait, encore un consultant. Non merci.", "no"),
    ("Sí, estupendo, justo lo que necesitaba, otro consultor. No, gracias.", "no"),
    ("Ja, super, genau das, was ich brauche, noch ein Berater. Nein danke.", "no"),
    ("Sim, ótimo, exatamente o que eu precisava, mais um consultor. Não, obrigado.", "no"),
    ("Ndiyo, hicho ndicho nilichohitaji, mshauri mwingine. Hapana, asante.", "no"),
    # Mockery alone: never a yes.
    ("Oh yes, exactly what I need, another recruiter in my inbox.", "unclear"),
    # Near-misses: a sincere need, nothing more of the same named.
    ("Yes, exactly what I need, a good accountant.", "yes"),
    ("Yes! Exactly what I needed. Can't wait.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_a_mocked_need_answers_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
