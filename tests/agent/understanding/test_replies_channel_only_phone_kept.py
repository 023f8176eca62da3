"""A clear yes limited to email, followed by the writer's habit of keeping the phone
number back ("Email only please, I don't give out my number to people I don't know and I
don't use WhatsApp"), is still yes: the agent introduces by email anyway
(reply_channel_only, reply_phone_privacy). The habit may follow a dash standing apart,
whom the number is kept from and a channel the writer does not use may follow it
(withhold_tails). A condition on anything else, an inability, the email kept back too,
someone named as not known, or no yes before it still doubts or refuses."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

KEPT = [
    "Yes, go ahead. Email only please, I don't give out my number.",
    "Yes, sure, but only by email please - I don't give out my number to people I don't "
    "know and I'm not on WhatsApp.",
    "Sure, go ahead. Email only - I never give my mobile to strangers.",
    "Oui, allez-y. Mais uniquement par mail, je ne donne pas mon numéro à des inconnus.",
    "Oui, volontiers, mais seulement par e-mail - je ne donne jamais mon portable à des "
    "gens que je ne connais pas.",
    "Sí, adelante. Pero solo por correo, no doy mi número a desconocidos y no uso WhatsApp.",
    "Ja, gerne. Aber bitte nur per E-Mail, ich gebe meine Handynummer nicht an Fremde.",
    "Ja, gerne. Nur per E-Mail bitte - meine Nummer gebe ich nie an Unbekannte.",
    "Sim, pode ser. Mas apenas por e-mail, por favor - não dou o meu número a quem não "
    "conheço e não tenho WhatsApp.",
    "Sim, tudo bem. Só por email - eu não passo meu celular para desconhecidos.",
    "Ndiyo, sawa. Ila kwa barua pepe tu, sitoi namba yangu kwa watu nisiowajua.",
    "Ndiyo, karibu. Ila kwa barua pepe tu - sitoi namba yangu ya simu na situmii WhatsApp.",
]

STILL_UNSURE = [
    # A condition on something else.
    ("Yes, but only if it's about hiring.", "unclear"),
    ("Yes, but only by email and only if he's not selling anything.", "unclear"),
    ("Sim, mas só por email e só se ele não estiver vendendo nada.", "unclear"),
    ("Oui, mais uniquement par mail et seulement s'il ne vend rien.", "unclear"),
    # The email kept back too, or a wait.
    ("Yes, go ahead. Email only please, I don't give out my number or my email.", "unclear"),
    ("Yes, but only by email, I don't give out my number until January.", "unclear"),
    ("Sim, pode ser. Só por email - não posso passar o meu telefone nem o email.", "unclear"),
    # Someone said not to be known beside it.
    (
        "Yes, go ahead. Email only please - I don't give out my number to people I don't "
        "know, and I don't know him.",
        "unclear",
    ),
    # No yes before it.
    ("Email only please, I don't give out my number.", "unclear"),
    ("No, only by email, I don't give out my number.", "no"),
]


@pytest.mark.parametrize("text", KEPT)
def test_a_yes_by_email_with_the_phone_kept_back_is_yes(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "yes", evidence


@pytest.mark.parametrize(("text", "expected"), STILL_UNSURE)
def test_other_limits_still_doubt(text: str, expected: str) -> None:
    assert read_answer(text)[0] == expected
