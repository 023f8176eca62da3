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


# A practice or shop closed "wegen Ferien" (Swiss German), its mails not read meanwhile,
# with its reopening told as a "gerne" and no header marking it.
PRACTICE_NOTICES = [
    "Dear parents,\n\nOur practice is closed for holidays from 20 October to 2 November."
    " Emails will not be read during this time.\n\nFrom 3 November we are gladly there"
    " for you again.",
    "Chers parents,\n\nLe cabinet est fermé pour vacances du 20 octobre au 2 novembre."
    " Les e-mails ne seront pas lus pendant cette période.\n\nDès le 3 novembre, nous"
    " serons avec plaisir à nouveau là pour vous.",
    "Estimados padres:\n\nLa consulta está cerrada por vacaciones del 20 de octubre al 2"
    " de noviembre.\n\nA partir del 3 de noviembre estaremos encantados de atenderles.",
    "Liebe Eltern\n\nUnsere Praxis ist vom 20. Oktober bis und mit 2. November wegen Ferien"
    " geschlossen. E-Mails werden in dieser Zeit nicht gelesen und nicht weitergeleitet."
    "\n\nAb dem 3. November sind wir gerne wieder für Sie da.",
    "Queridos pais,\n\nA clínica está fechada para férias de 20 de outubro a 2 de novembro."
    "\n\nA partir de 3 de novembro estaremos com prazer à disposição.",
    "Wazazi wapendwa,\n\nKliniki yetu imefungwa kwa sikukuu hadi tarehe 2 Novemba.\n\n"
    "Tutafurahi kuwahudumia tena kuanzia tarehe 3.",
]


@pytest.mark.parametrize("body", PRACTICE_NOTICES)
def test_a_practice_closed_for_holidays_is_automatic(body: str) -> None:
    assert _reply(body) == "auto_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Ja, gerne! Nächste Woche haben wir Ferien, danach hätte ich Zeit für ein Treffen.",
        "Yes, happy to! We're off on holiday next week, but I'm free after that.",
    ],
)
def test_a_person_mentioning_holidays_beside_a_yes_is_not_automatic(body: str) -> None:
    assert _reply(body) != "auto_reply"
