"""A question that only asks when the writer and the reader see each other, after a
refusal ("On se voit fin août ?", "See you at the end of August?"), asks nothing of the
introduction: the refusal stands. One that holds more than a time, or one beside a yes
(the writer may mean meeting the one asked about), still asks."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Merci d'avoir pensé à moi, mais non, pas cette année. On se revoit début septembre ?",
        "Sorry, I'll pass on this one. See you at the end of the month?",
        "Not for me this time, thanks. Catch up next week?",
        "Gracias, pero esta vez paso. ¿Nos vemos a finales de agosto?",
        "Danke, aber diesmal nicht. Sehen wir uns Anfang September?",
        "Obrigada, mas desta vez não. A gente se vê no fim do mês?",
        "Asante, lakini safari hii hapana. Tutaonana Jumamosi?",
    ],
)
def test_a_see_you_question_leaves_the_refusal(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        # Beside a yes, the writer may be asking to meet the one asked about.
        "Oui, avec plaisir. On se revoit début septembre ?",
        "Happy to. See you at the end of the month?",
        # More than a time is asked.
        "Sorry, I'll pass. See you at the conference with him?",
        "Non merci. On se voit pour en parler ?",
        # Nothing but the question answers nothing.
        "See you next week?",
        "No thanks. See you?",
    ],
)
def test_a_see_you_question_still_asks(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
