"""A cancel told as leave to drop the intro ("Vous pouvez laisser tomber pour Mame Birame
Sène", "Tu peux laisser tomber la demande pour Awa", "Unaweza kuacha ombi la Mame")
cancels it, as "Laissez tomber" does; the infinitive elsewhere ("Il ne faut pas laisser
tomber", "Laisser tomber le projet serait dommage", "Nimeamua kuacha kazi yangu") asks no
cancel."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Bonsoir,\n\nVous pouvez laisser tomber pour Mame Birame Sène, son neveu est passé à"
        " la radio hier et on a pu le joindre directement.\n\nMerci\nOusmane",
        "Tu peux laisser tomber la demande pour Awa.",
        "Unaweza kuacha ombi la Mame Birame Sène, tumempata moja kwa moja.",
        "Sie können das mit Mame Birame Sène fallen lassen, wir haben ihn direkt erreicht.",
        "Pode esquecer o pedido do Mame Birame Sène, já falámos com ele.",
        "Puede olvidarse de lo de Mame Birame Sène, ya lo contactamos.",
    ],
)
def test_leave_to_drop_the_intro_cancels_it(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "Il ne faut pas laisser tomber pour Mame Birame Sène, il attend.",
        "Laisser tomber le projet serait dommage. Pourriez-vous me présenter à Awa Ndiaye"
        " (awa@ndiaye.sn) ?",
        "Nimeamua kuacha kazi yangu, naomba unitambulishe kwa Tom Hale (tom@hale.com).",
    ],
)
def test_the_infinitive_elsewhere_cancels_nothing(text: str) -> None:
    assert understand(text).command is None
