"""A question after a yes that the next sentence declares idle curiosity ("Is Owen
based in London? Just curious.", "Savez-vous quelle surface font les bureaux ? Simple
curiosité.", "... o time está começando do zero? Só por curiosidade.") is no condition.
A question that doubts, negates or sets a condition, a declaration that asks again, or a
question with no yes before it still asks."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

DECLARED = [
    ("Sure, happy to speak with Omar. Is he based in Leeds or elsewhere? Just curious.", "yes"),
    ("Oui, volontiers ! Savez-vous quelle surface font les bureaux ? Simple curiosité.", "yes"),
    ("Sí, claro. ¿Ya tiene la sociedad constituida? Por curiosidad.", "yes"),
    ("Ja, gerne. Ist er schon in Hamburg? Reine Neugier.", "yes"),
    ("Sim, com prazer. O time já usa Spark? Só por curiosidade.", "yes"),
    ("Ndiyo. Je, Grace anajihusisha na mazao gani? Kwa udadisi tu.", "yes"),
    # Near-misses: the declaration asks again or sets a condition, the question doubts or
    # negates, or nothing says yes before it.
    ("Yes. Is he hiring? If so, just curious.", "unclear"),
    ("Yes. Is she a recruiter? Just curious, is she?", "unclear"),
    ("Yes. Is he not a recruiter? Just curious.", "unclear"),
    ("Yes. Can I decide later? Just curious.", "unclear"),
    ("Is he based in Leeds? Just curious.", "unclear"),
    ("Yes. Is he based in Leeds?\n\nJust curious.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), DECLARED)
def test_a_question_declared_idle_curiosity_is_no_condition(text: str, answer: str) -> None:
    assert classify_text(text) == answer
