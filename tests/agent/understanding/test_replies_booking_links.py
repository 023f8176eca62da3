"""After a yes, an "if" that closes a lead of convenience ("Easiest is if", "Le plus
simple, c'est s'il", "Am einfachsten ist es, wenn"), in a sentence that names a slot or
a calendar and ends on the link of a booking page ("Sure thing. Easiest is if Marcus
grabs a slot straight in my calendar: https://calendly.com/..."), says how the meeting
agreed to is booked, not a condition of the consent. An "only if", a "first", a date, a
negation, a second condition joined on, a condition on something else, no link or no
yes before it still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

LINK = "https://calendly.com/lena-ortiz/30min"

BOOKED = [
    f"Sure thing. Easiest is if Marcus grabs a slot straight in my calendar:\n{LINK}\n\nLena",
    "Happy to. It's simplest if he books a time here: https://cal.com/lena/30",
    f"Oui. Le plus simple, c'est s'il prend un créneau dans mon agenda : {LINK}",
    f"Sí. Lo más fácil es si Marcus reserva un hueco en mi agenda: {LINK}",
    "Ja, gerne. Am einfachsten ist es, wenn Herr Hale direkt einen Termin in meinem Kalender"
    f" bucht: {LINK}",
    f"Sim. O mais fácil é se ele marcar um horário direto na minha agenda: {LINK}",
    f"Ndiyo. Ni rahisi zaidi kama atachagua muda kwenye kalenda yangu: {LINK}",
]


@pytest.mark.parametrize("text", BOOKED)
def test_a_booking_link_after_a_yes_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTING = [
    f"Sure. Only if he books a slot first: {LINK}",
    f"Sure. Easiest is if he books a slot first: {LINK}",
    "Sure, if Marcus is still at Stripe.",
    f"Sure, if Marcus is still at Stripe: {LINK}",
    "Sure thing. Easiest is if Marcus grabs a slot in my calendar.",
    f"Happy to, but not before March. Easiest is if he books a slot: {LINK}",
    f"Sure. Easiest is if he books a slot after the 15th: {LINK}",
    f"Sure. Easiest is if he books a slot in March: {LINK}",
    f"Sure. Easiest is if he doesn't book a slot: {LINK}",
    f"Sure. Easiest is if he books a slot, if he's legit: {LINK}",
    f"Sure. Easiest is if he is still at Stripe: {LINK}",
    f"Sure. Easiest is if he books a slot and I like his deck: {LINK}",
    f"Sure. Easiest is if he books a slot and he's legit: {LINK}",
    f"Sure. Easiest is if he books a slot once he's been vetted: {LINK}",
    f"Sure. Easiest is if he books a slot: {LINK} Maybe.",
    f"Easiest is if he books a slot: {LINK}",
    f"Maybe. Easiest is if he books a slot: {LINK}",
    f"Oui. Le plus simple, c'est s'il prend d'abord un créneau : {LINK}",
    f"Oui, seulement s'il réserve un créneau : {LINK}",
    f"Ja, gerne. Am einfachsten ist es, wenn er vorher einen Termin bucht: {LINK}",
    f"Ja. Am einfachsten ist es, wenn er einen Termin bucht und ich zustimme: {LINK}",
    f"Sí. Lo más fácil es si Marcus reserva primero un hueco: {LINK}",
    f"Sim. O mais fácil é se ele marcar primeiro um horário: {LINK}",
    f"Sim. O mais fácil é se ele ainda estiver na Stripe: {LINK}",
    f"Sim. O mais fácil é se ele marcar um horário e eu gostar do projeto: {LINK}",
    f"Ndiyo. Ni rahisi zaidi kama atachagua muda kwanza: {LINK}",
    f"Ndiyo. Ni rahisi zaidi kama atachagua muda na nikikubali: {LINK}",
]


@pytest.mark.parametrize("text", STILL_DOUBTING)
def test_a_condition_beside_a_booking_link_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"
