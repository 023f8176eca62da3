"""A courtesy to the mail's own workings closing its clause ("Copy me on the scheduling
if the system lets you.") asks nothing of the yes; one that goes on in its clause still
conditions it."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes please, go ahead. Copy me on the scheduling if the system lets you.",
        "Yes, if the system allows.",
        "Oui, allez-y. Envoyez-moi les détails si le système le permet.",
        "Sí, adelante. Mándame los detalles si el sistema lo permite.",
        "Ja, gerne. Setzen Sie mich in CC, wenn das System es zulässt.",
        "Sim, pode apresentar. Me manda os detalhes se o sistema permitir.",
        "Ndiyo, endelea. Niweke kwenye nakala kama mfumo unaruhusu.",
    ],
)
def test_a_courtesy_to_the_system_asks_nothing(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, introduce us only if the system lets you hide my phone number.",
        "Sí, pero solo si el sistema lo permite sin compartir mi teléfono.",
    ],
)
def test_a_system_condition_that_goes_on_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
