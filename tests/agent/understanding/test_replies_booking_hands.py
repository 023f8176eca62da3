"""A booking page handed to the one asked about in the writer's own words ("Have Felix
grab whatever slot suits him here: <link>", "Il peut réserver un créneau ici : <link>",
"Que agende directo acá: <link>") is a yes; named, it outweighs the writer's leave told
after it ("On sabbatical in Lisbon till June ..."), which no notice writes. A negated,
conditioned, asked or put-off booking, a link with no one to book it, and a notice that
offers its booking page still read as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer
from tests.agent.understanding.shared_inputs import reply_answer

LINK = "https://calendly.com/hwhitcombe/30min"
ASKED = "Neema Kileo"
NAMES = frozenset({"Neema", "Kileo"})

HANDED = [
    f"Have Neema grab whatever slot suits her here:\n{LINK}\n\nH.",
    f"Elle peut réserver un créneau ici : {LINK}",
    f"Que agende directo acá: {LINK}",
    f"Neema kann hier einen Termin buchen: {LINK}",
    f"Ela pode marcar aqui: {LINK}",
    f"Anaweza kuchagua muda hapa: {LINK}",
]


@pytest.mark.parametrize("text", HANDED)
def test_a_booking_page_handed_to_the_other_is_a_yes(text: str) -> None:
    assert read_answer(text, NAMES, ASKED)[0] == "yes"


NOT_HANDED = [
    (f"Neema can't book a slot here: {LINK}", "no"),
    (f"If Neema books a slot here: {LINK}", "unclear"),
    (f"Did Neema book a slot here? {LINK}", "unclear"),
    (f"My calendar: {LINK}", "unclear"),
    (f"Have Neema grab a slot here after March: {LINK}", "unclear"),
    (f"Have Neema book a slot here: {LINK} but only if it's about hydrology.", "unclear"),
    (f"My assistant says she can book a slot here: {LINK}", "unclear"),
    (f"Have Neema grab a slot here: {LINK}. Actually no, I'm not interested.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_HANDED)
def test_other_bookings_keep_their_reading(text: str, answer: str) -> None:
    assert read_answer(text, NAMES, ASKED)[0] == answer


def test_a_named_booking_outweighs_leave_told_after_it() -> None:
    body = (
        f"Have Neema grab whatever slot suits her here:\n{LINK}\n\n"
        "On sabbatical in Lisbon till June so the diary is unusually empty, anything"
        " Tue-Thu is fine.\n\nH."
    )
    assert reply_answer(body) == "yes"


NOTICES = [
    "I am on sabbatical until June with limited access to email. To book a meeting on my"
    f" return, use {LINK}",
    f"To book a slot with me, use {LINK}\n\nI am on sabbatical until June with limited"
    " access to email.",
    # A pronoun names no one: a notice may say it.
    f"She can book a slot here: {LINK}\n\nI am on sabbatical until June with limited"
    " access to email.",
    "I am on sabbatical until June with limited access to email. For urgent matters please"
    " contact my assistant.",
]


@pytest.mark.parametrize("body", NOTICES)
def test_notices_offering_a_booking_page_stay_notices(body: str) -> None:
    assert reply_answer(body) == "auto_reply"
