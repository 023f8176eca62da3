"""A paragraph that asks someone copied in to book the meeting ("Janet - copying you in.
Once the introduction comes through, please find David 30 minutes ... Not the 16th, I'm
at the audit committee.", "Claire, pouvez-vous proposer deux ou trois créneaux à M.
Benali ?") is logistics beside a yes said elsewhere: a date ruled out there and a polite
question asking for the booking ask nothing of the consent. A note that sets a condition
on the other, turns, doubts, negates anything but a date or asks anything but the
booking still bears on the answer."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply

QUESTION = (
    "> Ann would like to introduce you to David Osei.\n"
    "> Would you like the introduction? Reply yes or no."
)


def reply(body: str, copied: str = "Janet") -> ParsedMessage:
    head = (
        "From: Richard Hale <richard@example.com>\r\nTo: intro@example.org\r\n"
        f"Cc: {copied} Moore <assistant@example.com>\r\n"
        "Subject: Re: Introduction to David Osei\r\nMessage-ID: <r1@example.com>\r\n"
    )
    text = f"{head}\r\n{body}\n\nRichard\n\n{QUESTION}\n"
    return parse_message(text.replace("\r\n", "\n").replace("\n", "\r\n").encode())


BOOKED = [
    (
        "Janet",
        "Yes, happy to.\n\nJanet - copying you in. Once the introduction comes through, please"
        " find David 30 minutes in the next two weeks, ideally a Tuesday or Thursday"
        " afternoon. Not the 16th, I'm at the audit committee.",
    ),
    ("Janet", "Yes, happy to.\n\nJanet, could you find David 30 minutes next week?"),
    (
        "Claire",
        "Oui, volontiers.\n\nJe mets en copie mon assistante, Claire Petit, qui gère mon"
        " agenda. Claire, pouvez-vous proposer deux ou trois créneaux à M. Osei dès que la"
        " mise en relation est faite ? Plutôt en fin de journée.",
    ),
    (
        "Claire",
        "Sí, encantado.\n\nClaire, ¿puedes buscarle un hueco a David la semana que viene? No"
        " el 16, tengo consejo.",
    ),
    (
        "Claire",
        "Ja, gerne.\n\nClaire, bitte schlag Herrn Osei zwei Termine vor, sobald die Vorstellung"
        " da ist. Nicht am 16., da bin ich im Aufsichtsrat.",
    ),
    (
        "Claire",
        "Sim, claro.\n\nClaire, pode propor dois ou três horários ao David assim que a"
        " apresentação chegar? Não no dia 16.",
    ),
    ("Claire", "Ndiyo, sawa.\n\nClaire, tafadhali mpangie David muda wiki ijayo. Siyo tarehe 16."),
]


@pytest.mark.parametrize(("copied", "body"), BOOKED)
def test_a_booking_handed_to_someone_copied_in_keeps_the_yes(copied: str, body: str) -> None:
    verdict = classify_reply(reply(body, copied))
    assert verdict.answer == "yes"
    assert f"note-to:{copied}" in verdict.evidence


STILL_ASKING = [
    (
        "Janet",
        "Yes, happy to.\n\nJanet - copying you in. If he checks out, please find David 30 minutes.",
    ),
    ("Janet", "Yes, happy to.\n\nJanet - copying you in. Only if he checks out though."),
    (
        "Janet",
        "Yes, happy to.\n\nJanet - please find David 30 minutes, but only after I've"
        " looked him up.",
    ),
    (
        "Janet",
        "Yes, happy to.\n\nJanet - please find David 30 minutes. Not before I've checked him out.",
    ),
    ("Janet", "Yes, happy to.\n\nJanet, can you check whether I want this?"),
    ("Janet", "Yes, happy to.\n\nJanet, can you find us a slot, or should I decline?"),
    (
        "Janet",
        "Yes, happy to.\n\nJanet - please find David 30 minutes. I'm not sure about him though.",
    ),
    (
        "Janet",
        "Yes, happy to.\n\nJanet, please find David 30 minutes. Not the 16th, and only if"
        " he's still at Stripe.",
    ),
    ("Janet", "Maybe.\n\nJanet - please find David 30 minutes."),
    ("Janet", "Yes, happy to. Not the 16th."),
    ("Janet", "Yes, but not the 16th."),
    # Someone the mail does not copy in is no recipient to hand the booking to.
    ("Janet", "Yes, happy to.\n\nTom - please find David 30 minutes. Not the 16th."),
    ("Claire", "Sí, claro.\n\nClaire, búscale un hueco a David. No sé si me conviene."),
    ("Claire", "Sí, claro.\n\nClaire, búscale un hueco a David. Si el 16 no puede, lo dejamos."),
    ("Janet", "Yes, happy to.\n\nJanet, please find David 30 minutes. Maybe the 16th."),
    ("Claire", "Ja, gerne.\n\nClaire, such uns einen Termin, falls er seriös ist."),
]


@pytest.mark.parametrize(("copied", "body"), STILL_ASKING)
def test_a_note_that_asks_more_than_a_booking_still_counts(copied: str, body: str) -> None:
    assert classify_reply(reply(body, copied)).answer == "unclear"
