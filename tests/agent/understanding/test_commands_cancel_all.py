"""Cancelling every pending intro at once: a cancel verb governing "all" of the writer's
intros ("please call off all the intros I still have pending", "drop all my pending
intros", "annule toutes mes demandes en cours", "cancela todas mis solicitudes
pendientes", "storniere alle offenen Anfragen", "cancela todos os meus pedidos
pendentes", "futa maombi yangu yote")."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nI'm leaving Northgate at the end of the month, so please call off all the "
        "intros I still have pending. Anything already accepted by both sides can stay as "
        "is.\n\nThanks,\nAnn",
        "Please drop all my pending intros. Thanks",
        "I'm changing jobs, so could you cancel all the requests I sent you?",
        "Bonjour, je quitte le fonds : annule toutes mes demandes en cours stp. Merci",
        "Hola, me voy de la empresa, así que cancela todas mis solicitudes pendientes. Gracias",
        "Hallo, ich wechsle den Job, storniere bitte alle offenen Anfragen. Danke",
        "Hallo, bitte alle meine offenen Anfragen stornieren. Danke",
        "Olá, vou sair da empresa, por isso cancela todos os meus pedidos pendentes. Obrigada",
        "Habari, naondoka kampuni, tafadhali futa maombi yangu yote. Asante",
    ],
)
def test_a_cancel_of_all_pending_intros(body: str) -> None:
    result = understand(body)
    assert (result.kind, result.command) == ("command", "cancel")


@pytest.mark.parametrize(
    "body",
    [
        # Something else than intros, all of it.
        "Please drop all the formalities and introduce me to Bob Lee (bob@lee.example).",
        # A negative cancels nothing.
        "Please don't cancel all my intros, I'm staying after all.",
        "Bitte storniere nicht alle meine Anfragen, nur die an Herrn Weber.",
    ],
)
def test_all_with_no_cancel_of_intros_is_none(body: str) -> None:
    result = understand(body)
    assert result.command != "cancel"
