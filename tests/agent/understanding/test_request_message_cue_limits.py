"""A message cue saying nothing is to be done ("nothing needed", "rien à faire de ton
côté") limited a few words after it ("beyond saying yes", "sauf dire oui", "além de
dizer sim") leaves the mail's ask standing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand

_PRIYA = Party("Priya Raman", "priya@lumen.example")


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to Priya Raman (priya@lumen.example)? Nothing needed from "
        "you beyond the usual opt-in.",
        "Could you introduce me to Priya Raman (priya@lumen.example)? Nothing is needed "
        "other than her yes.",
        "Pourriez-vous me présenter à Priya Raman (priya@lumen.example) ? Rien à faire de "
        "votre côté sauf dire oui.",
        "¿Podrías presentarme a Priya Raman (priya@lumen.example)? No hay que hacer nada "
        "salvo decir que sí.",
        "Könntest du mich mit Priya Raman (priya@lumen.example) bekannt machen? Du musst "
        "nichts tun außer zuzusagen.",
        "Pode me apresentar à Priya Raman (priya@lumen.example)? Não precisa fazer nada "
        "além de dizer sim.",
        "Tafadhali nitambulishe kwa Priya Raman (priya@lumen.example). Hakuna cha kufanya "
        "isipokuwa kukubali.",
    ],
)
def test_a_limited_nothing_to_do_leaves_the_ask(body: str) -> None:
    assert confident_b(body) == _PRIYA


@pytest.mark.parametrize(
    "body",
    [
        # No limit: nothing is asked.
        "Could you introduce me to Priya Raman (priya@lumen.example)? Nothing needed.",
        "¿Podrías presentarme a Priya Raman (priya@lumen.example)? No hay que hacer nada.",
        # A limit word too far after the cue limits nothing.
        "Could you introduce me to Priya Raman (priya@lumen.example)? Nothing needed, "
        "thank you so much for all of it, beyond words really.",
    ],
)
def test_an_unlimited_nothing_to_do_still_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"
