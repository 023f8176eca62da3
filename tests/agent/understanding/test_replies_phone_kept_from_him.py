"""A yes with the writer's phone number kept back from the other person ("please don't
share my phone number with him") is a yes with a note on privacy, as the note without
"with him" is: the agent only ever passes on email addresses. The email kept back, or
more kept back than the number, still turns against the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "body",
    [
        "Yes, happy to meet him. But please don't share my phone number with him.",
        "Oui, avec plaisir. Mais ne partagez pas mon numéro de portable avec lui.",
        "Sí, encantada. Pero no compartas mi número de celular con él.",
        "Ja, gerne. Aber bitte teilen Sie meine Handynummer nicht mit ihm.",
        "Sim, com prazer. Mas não partilhe o meu número de telefone com ele.",
        "Ndiyo, sawa. Lakini usishiriki namba yangu ya simu na yeye.",
    ],
)
def test_the_number_kept_from_him_after_a_yes_is_yes(body: str) -> None:
    assert read_answer(body)[0] == "yes"


@pytest.mark.parametrize(
    "body",
    [
        "Yes, happy to meet him. But please don't share my email with him.",
        "Yes, but please don't share my phone number with him or anyone at his firm.",
        "Don't share my phone number with him.",
    ],
)
def test_more_kept_back_or_no_yes_is_no_yes(body: str) -> None:
    assert read_answer(body)[0] != "yes"
