"""The writer's assistant named, after a yes, as keeping the writer's calendar, and
perhaps to be copied in, arranges the meeting: no condition on the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, glad to meet him. My PA Rosa (rosa@example.org) manages my diary, do cc her.",
        "Yes please. My assistant looks after my calendar.",
        "Volontiers. Mon assistante Inès tient mon agenda, n'hésitez pas à la mettre en copie.",
        "Claro que sí. Mi secretaria Ana gestiona mi agenda, no dudes en ponerla en copia.",
        "Ja, gerne. Meine Assistentin Frau Kühn verwaltet meinen Kalender.",
        "Sim, com prazer. A minha assistente Rita gere a minha agenda, estou copiando ela.",
        "Ndiyo, karibu. Msaidizi wangu Neema anasimamia ratiba yangu.",
    ],
)
def test_an_assistant_keeping_the_calendar_keeps_the_yes(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "yes"
    assert any(e.startswith("scheduling:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Yes, but my assistant manages my diary.",
        "Yes. My assistant manages my diary and will decide whether to go ahead.",
        "Yes. My EA runs my diary, please don't cc her.",
        "Yes. My EA runs my diary, so only if she finds a slot.",
        "Oui. Mon assistante gère mon agenda, ne la mettez pas en copie.",
        "Ja. Meine Assistentin führt meinen Kalender, falls er seriös ist.",
        "My assistant manages my diary.",
    ],
)
def test_other_assistant_notes_still_doubt(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
