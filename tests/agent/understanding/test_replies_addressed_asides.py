"""A sentence addressed by name to the one who asked for the introduction, or to someone
copied in, on other business ("Also Hannah, we still on for Thursday's dinner?", "Ben -
did you ever get the invoice for the October workshop?", "Camille, tu as bien reçu le
devis pour la cuisine ?", "Rafa, você viu o contrato?") asks nothing of the writer's
answer: it is set aside when the rest answers. A question back about the introduction
("Hannah, what's the catch?"), one to the one asked about, one that names them, a
pronoun, the introduction or a doubt, and a name the mail does not know, still count."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply


def reply(
    body: str,
    requester: str,
    other: str = "Dana Whitfield",
    cc: str = "",
    sender: str = "Pat Doe <pat@example.com>",
) -> ParsedMessage:
    """The reply ``sender`` writes to the agent's question, quoted below ``body``."""
    head = (
        f"From: {sender}\nTo: Intro Agent <intro@example.org>\n"
        + (f"Cc: {cc}\n" if cc else "")
        + f"Subject: Re: Would you like an introduction to {other}? [#f6c3]\n"
        'Message-ID: <r1@example.com>\nContent-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n"
    )
    quote = (
        "On Fri, Nov 27, 2026 at 6:35 AM Intro Agent <intro@example.org> wrote:\n"
        f"> {requester} would like to introduce you to {other}.\n>\n"
        '> Would you like the introduction? Just reply "yes" or "no".\n>\n'
        f"> Intro Agent, on behalf of {requester}\n"
    )
    text = f"{head}\n{body}\n\n{quote}"
    return parse_message(text.replace("\n", "\r\n").encode())


ASIDES = [
    (
        "Yes please, happy to meet Dana.\n\nAlso Hannah, we still on for Thursday's dinner? "
        "I'll book the place near the station.",
        "Hannah Ortiz",
        "",
        "yes",
    ),
    (
        "I'd love to, but I'm underwater with the launch until March. Please pass for now.\n\n"
        "Also Hannah, we still on for Thursday's dinner?",
        "Hannah Ortiz",
        "",
        "no",
    ),
    (
        "Happy to! Ben - did you ever get the invoice for the October workshop? Finance is "
        "chasing me.",
        "Ben Hartley",
        "",
        "yes",
    ),
    (
        "Avec plaisir, présentez-nous.\n\nCamille, au passage, tu as bien reçu le devis pour "
        "la cuisine ?",
        "Camille Roux",
        "",
        "yes",
    ),
    ("Sim, pode apresentar!\n\nRafa, você viu o contrato?", "Rafael Lima", "", "yes"),
    (
        "Sí, encantada, preséntanos.\n\nPor cierto Ana, ¿recibiste la factura del taller?",
        "Ana Ruiz",
        "",
        "yes",
    ),
    (
        "Ja, gerne.\n\nÜbrigens Jonas, hast du die Rechnung für den Workshop bekommen?",
        "Jonas Weber",
        "",
        "yes",
    ),
    ("Ndiyo, nitafurahi.\n\nJuma, umepokea ankara ya warsha?", "Juma Mwangi", "", "yes"),
    (
        "Yes, happy to.\n\nKate, did you book the hotel for Lisbon?",
        "Ben Hartley",
        "Kate Moss <kate@example.com>",
        "yes",
    ),
    # Near misses: a question back about the introduction, to the one asked about, of
    # someone the mail does not know, or holding a pronoun, a doubt or the introduction.
    ("Sure, happy to. Hannah, what's the catch?", "Hannah Ortiz", "", "unclear"),
    ("Yes. Ben, should I accept?", "Ben Hartley", "", "unclear"),
    (
        "Yes. Priya, can you check if I want this?",
        "Ben Hartley",
        "Priya Shah <priya@example.com>",
        "unclear",
    ),
    ("Yes. Dana, are you sure?", "Ben Hartley", "", "unclear"),
    ("Yes. Dana, did you get the invoice?", "Ben Hartley", "", "unclear"),
    ("Yes. Ben, did she send the invoice?", "Ben Hartley", "", "unclear"),
    ("Yes. Ben, is the invoice for the intro?", "Ben Hartley", "", "unclear"),
    ("Yes. Ben, is there a contract for this?", "Ben Hartley", "", "unclear"),
    ("Yes. Hannah, maybe after Thursday's dinner?", "Hannah Ortiz", "", "unclear"),
    ("Yes. Hannah, not before Thursday's dinner?", "Hannah Ortiz", "", "unclear"),
    ("Yes. Sorry, did you get the invoice?", "Ben Hartley", "", "unclear"),
    ("Yes. Tom, did you get the invoice?", "Ben Hartley", "", "unclear"),
    ("Oui. Camille, c'est pour le devis ?", "Camille Roux", "", "unclear"),
    ("Sim. Rafa, ela viu o contrato?", "Rafael Lima", "", "unclear"),
]


@pytest.mark.parametrize(("body", "requester", "cc", "answer"), ASIDES)
def test_a_sentence_to_someone_else_on_other_business_is_set_aside(
    body: str, requester: str, cc: str, answer: str
) -> None:
    assert classify_reply(reply(body, requester, cc=cc)).answer == answer
