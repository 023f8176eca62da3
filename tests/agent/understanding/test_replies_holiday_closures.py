"""A business's notice that it is closed for its holidays ("closed for the holidays",
"wegen Betriebsferien geschlossen", "fermé pour congés", "cerrado por vacaciones",
"fechado para férias", "imefungwa kwa likizo") is an automatic reply even with no header
marking it and a "yes" about its reopening. A person who says yes and only mentions
the holidays ("Wir haben gerade Betriebsferien") is read for their answer."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_replies_hand_offs import _reply

NOTICES = [
    "Thank you for your message! The shop is closed for the holidays until 6 January."
    " Yes, we reopen on the 7th.",
    "Danke für Ihre Nachricht! Unsere Werkstatt ist bis 24. August wegen Betriebsferien"
    " geschlossen. Ja, ab dem 25. sind wir wieder da.",
    "Merci pour votre message ! La boutique est fermé pour congés jusqu'au 2 septembre.",
    "Gracias por su mensaje. La tienda está cerrada, cerrado por vacaciones hasta el 1 de"
    " septiembre. Sí, volvemos el día 2.",
    "Obrigado pela mensagem! A loja está fechado para férias até 1 de setembro.",
    "Asante kwa ujumbe wako! Duka imefungwa kwa likizo hadi tarehe 2 Septemba.",
]


@pytest.mark.parametrize("body", NOTICES)
def test_a_holiday_closure_notice_is_automatic(body: str) -> None:
    assert _reply(body) == "auto_reply"


def test_a_person_mentioning_the_holidays_beside_a_yes_is_read() -> None:
    body = "Ja, gerne! Wir haben gerade Betriebsferien, da habe ich Zeit für ein Treffen."
    assert _reply(body) == "yes"
