"""A question of idle curiosity after a clear yes, asking how the introduction came
about ("Out of curiosity, how did Priyanka come across my stuff?"), is no condition; a
question about who the person is or what they want still asks."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes please!!\n\nOut of curiosity, how did Priyanka come across my stuff? I barely"
        " post online these days.",
        "Yes please! Just curious, how did she find me?",
        "Sí, encantada. Por curiosidad, ¿cómo llegó a mi trabajo?",
        "Oui, avec plaisir. Par curiosité, comment a-t-elle eu mon nom ?",
        "Ja, gerne. Aus Neugier: wie kam er auf mich?",
        "Sim, claro. Por curiosidade, como ela chegou até mim?",
        "Ndiyo. Kwa udadisi, alinijuaje?",
    ],
)
def test_idle_curiosity_after_a_yes_is_no_condition(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Just curious, is she a recruiter?",
        "Yes please! Just curious, is she a recruiter?",
        "Yes. Just curious: is she a recruiter?",
        "Yes. Out of curiosity, how much does she charge?",
        "Yes. Out of curiosity, how did she find me? Is she a recruiter?",
        "Yes. Out of curiosity, how did she find me, if I may ask?",
        "Out of curiosity, how did she find me?",
        "Maybe. Out of curiosity, how did she find me?",
        "Sí. Por curiosidad, ¿qué quiere exactamente?",
    ],
)
def test_other_questions_still_ask(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
