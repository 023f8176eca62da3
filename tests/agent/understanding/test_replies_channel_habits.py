"""After a "but" that follows a yes, the writer saying they rarely check their mail ("Eso
sí, el correo lo miro poco", "though I rarely check email", "par contre je regarde peu
mes mails") is an aside on how to reach them, as "mornings are better" is; so is a
Swahili "ni bora anitumie barua pepe kwanza" (better he emails me first), a channel
preferred. A condition or a doubt beside it still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

HABITS = [
    "¡Claro que sí! Encantado.\n\nEso sí, el correo lo miro poco, que estamos en plena"
    " campaña de recogida. Mejor que me escriba por WhatsApp al 612 48 30 77, o que me"
    " llame a partir de las siete de la tarde.",
    "Sure, happy to. Though I rarely check email, so WhatsApp is better.",
    "Oui, avec plaisir. Par contre je regarde peu mes mails, mieux vaut m'appeler.",
    "Ja, gerne. Allerdings schaue ich selten in meine Mails, am besten anrufen.",
    "Sim, claro. Mas vejo pouco o e-mail, melhor pelo WhatsApp.",
    "Ndiyo, sawa. Lakini siangalii barua pepe mara kwa mara, ni bora anipigie simu.",
    "Ndiyo, sawa kabisa.\n\nNiko safarini Arusha hadi Alhamisi, kwa hivyo ni bora anitumie"
    " barua pepe kwanza.",
]


@pytest.mark.parametrize("text", HABITS)
def test_a_channel_habit_after_a_but_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTING = [
    "¡Claro que sí! Encantado.\n\nEso sí, solo si no es para venderme nada.",
    "¡Claro que sí! Encantado.\n\nEso sí, el correo lo miro poco y no sé si me interesa.",
    "¡Claro que sí! Encantado.\n\nEso sí, el correo lo miro poco. Solo si es serio.",
    "Claro. Eso sí, el correo lo miro poco, solo si es urgente.",
    "Sure, but I rarely check email and I'm not sure I want this.",
    "Sure, if he emails me first.",
    "Ndiyo, ikiwa atanitumia barua pepe kwanza.",
    "Ndiyo, lakini ni bora tusikutane.",
    "Ndiyo, lakini ni bora anitumie barua pepe kwanza ili nijue kama ni mzito.",
]


@pytest.mark.parametrize("text", STILL_DOUBTING)
def test_a_condition_or_doubt_beside_the_habit_still_counts(text: str) -> None:
    assert classify_text(text) != "yes"


# Never checking mail, beside a channel the writer keeps to, tells how to reach them as
# rarely checking it does.
NEVER_CHECKED = [
    "Sí porfa!! Pero solo por WhatsApp o Telegram, el correo no lo miro nunca jaja. 612 555 904",
    "Yes please! WhatsApp is better though, I never check email. 07700 900123",
    "Oui avec plaisir ! Mais seulement par texto, je ne regarde jamais mes mails.",
    "Ja, gerne! Aber nur per WhatsApp, ich schaue nie in meine Mails.",
    "Sim, claro! Mas só por WhatsApp, nunca vejo o email.",
    "Ndiyo, sawa! Lakini kwa WhatsApp tu, siangalii barua pepe kamwe.",
]


@pytest.mark.parametrize("text", NEVER_CHECKED)
def test_never_checking_mail_beside_a_channel_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


NEVER_CHECKED_CONDITIONS = [
    "Sí porfa!! Pero solo si es por WhatsApp, si no, no.",
    "Sí porfa!! Pero solo por WhatsApp, si no, no.",
    "Sí porfa!! Pero el correo no lo miro nunca y no sé si me interesa.",
    "Yes. I never check email, so no.",
]


@pytest.mark.parametrize("text", NEVER_CHECKED_CONDITIONS)
def test_a_condition_beside_never_checking_mail_still_counts(text: str) -> None:
    assert classify_text(text) != "yes"
