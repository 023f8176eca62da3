"""A sentence addressed by name to the one who asked for the introduction about someone
known by their trade and pointed to as spoken of before ("Rafa, depois me passa o contato
daquele marceneiro que você comentou?", "Also Ben, could you send me the number of that
plumber you mentioned?") speaks of other business, and is set aside when the rest
answers. A trade the question's reason names (it may be the one asked about's), a trade
not pointed to, a pointer with no trade, the one asked about named or pointed to by a
pronoun, and a doubt beside it still count."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply

WHY = "Thiago is opening a coffee shop and needs an interior design project."


def reply(body: str, requester: str, why: str = WHY) -> ParsedMessage:
    other = "Thiago Souza"
    head = (
        "From: Bia Costa <bia@example.com>\nTo: Intro Agent <intro@example.org>\n"
        f"Subject: Re: Would you like an introduction to {other}? [#f6c3]\n"
        'Message-ID: <r1@example.com>\nContent-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n"
    )
    quote = (
        "On Fri, Nov 27, 2026 at 6:35 AM Intro Agent <intro@example.org> wrote:\n"
        f"> {requester} would like to introduce you to {other}.\n>\n"
        f"> Why: {why}\n>\n"
        '> Would you like the introduction? Just reply "yes" or "no".\n>\n'
        f"> Intro Agent, on behalf of {requester}\n"
    )
    text = f"{head}\n{body}\n\n{quote}"
    return parse_message(text.replace("\n", "\r\n").encode())


TRADES = [
    (
        "Sim, pode apresentar!\n\nRafa, depois me passa o contato daquele marceneiro que você "
        "comentou?",
        "Rafael Lima",
        WHY,
        "yes",
    ),
    (
        "Yes, happy to.\n\nAlso Ben, could you send me the number of that plumber you mentioned?",
        "Ben Hartley",
        WHY,
        "yes",
    ),
    (
        "Oui, avec plaisir.\n\nCamille, tu peux m'envoyer le numéro du plombier dont tu m'as "
        "parlé ?",
        "Camille Roux",
        WHY,
        "yes",
    ),
    (
        "Sí, encantada.\n\nAna, ¿me pasas los datos del fontanero que me recomendaste?",
        "Ana Ruiz",
        WHY,
        "yes",
    ),
    (
        "Ja, gerne.\n\nJonas, schickst du mir die Nummer von dem Schreiner, den du erwähnt hast?",
        "Jonas Weber",
        WHY,
        "yes",
    ),
    (
        "Ndiyo, nitafurahi.\n\nJuma, unaweza kunitumia namba ya yule seremala uliyemtaja?",
        "Juma Mwangi",
        WHY,
        "yes",
    ),
    # Still counted: the trade in the question's reason, no pointer, no trade, the one
    # asked about named or pointed to, a doubt beside it.
    (
        "Sim, pode apresentar!\n\nRafa, depois me passa o contato daquele marceneiro que você "
        "comentou?",
        "Rafael Lima",
        "Thiago is a marceneiro opening his own workshop.",
        "unclear",
    ),
    (
        "Sim, pode apresentar!\n\nRafa, depois me passa o contato do marceneiro?",
        "Rafael Lima",
        WHY,
        "unclear",
    ),
    (
        "Sim, pode apresentar!\n\nRafa, depois me passa o contato daquele cliente que você "
        "comentou?",
        "Rafael Lima",
        WHY,
        "unclear",
    ),
    (
        "Sim, pode apresentar!\n\nRafa, o Thiago é o marceneiro que você comentou?",
        "Rafael Lima",
        WHY,
        "unclear",
    ),
    (
        "Sim, pode apresentar!\n\nRafa, ele é o marceneiro que você comentou?",
        "Rafael Lima",
        WHY,
        "unclear",
    ),
    (
        "Yes, happy to.\n\nAlso Ben, maybe ask that plumber you mentioned first?",
        "Ben Hartley",
        WHY,
        "unclear",
    ),
    (
        "Yes, happy to.\n\nAlso Ben, is that plumber you mentioned not the same guy?",
        "Ben Hartley",
        WHY,
        "unclear",
    ),
    (
        "Yes, happy to.\n\nAlso Ben, should I decide after I meet that plumber you mentioned?",
        "Ben Hartley",
        WHY,
        "unclear",
    ),
    (
        "Yes, happy to.\n\nAlso Kim, could you send me the number of that plumber you mentioned?",
        "Ben Hartley",
        WHY,
        "unclear",
    ),
]


@pytest.mark.parametrize(("body", "requester", "why", "answer"), TRADES)
def test_a_trade_pointed_to_as_spoken_of_is_other_business(
    body: str, requester: str, why: str, answer: str
) -> None:
    assert classify_reply(reply(body, requester, why)).answer == answer
