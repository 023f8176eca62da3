"""The other able to come by, the writer ready to talk then, after a yes: an
invitation, no condition on the consent (reply_offers._visit_talk)."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Oui bien sûr, ça me ferait plaisir. Si Mme Diallo peut passer à Sandaga un samedi "
        "on discute tranquillement autour d'un café.",
        "Sure, happy to. If Maria can come by the shop on a Saturday we can chat over coffee.",
        "Sí, claro. Si la señora Díaz puede pasar por la tienda un sábado, hablamos "
        "tranquilamente.",
        "Ja, gerne. Wenn Frau Diallo am Samstag im Laden vorbeikommen kann, reden wir in Ruhe.",
        "Sim, claro. Se a Dona Ana puder passar na loja num sábado, conversamos com calma.",
        "Ndiyo. Kama Bi Diallo anaweza kupita dukani Jumamosi tutazungumza.",
    ],
)
def test_coming_by_then_a_talk_after_a_yes_keeps_it(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Sure. If he can prove it, we can talk.",
        "Sure. If he can't come by, forget it.",
        "Sure. If he can come by we can talk about whether I want this.",
        "Si Mme Diallo peut passer à Sandaga un samedi on discute.",
    ],
)
def test_other_conditions_still_doubt(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
