"""A postscript below the signature ("PS:", "P.S.", "P.D.:", "PD:", "PS :", "P.-S.",
"N.B.", "Nachtrag:", "Nyongeza:") is the writer's own text again, read as if written
above the sign-off: its answer counts, and a postscript line is never taken for a detail
of the signature block. A line that only looks like one ("PS Design Ltd") opens none."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply


def reply(body: str) -> ParsedMessage:
    head = (
        "From: Ruth Okafor <ruth@example.com>\nTo: Intro Agent <intro@example.org>\n"
        "Subject: Re: Would you like an introduction to Dan Morales? [#b05c]\n"
        'Message-ID: <r1@example.com>\nContent-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n"
    )
    quote = (
        "On Thu, Nov 13, 2025 at 9:12 AM Intro Agent <intro@example.org> wrote:\n"
        "> Jo Park would like to introduce you to Dan Morales.\n>\n"
        '> Would you like the introduction? Just reply "yes" or "no".\n'
    )
    text = f"{head}\n{body}\n\n{quote}"
    return parse_message(text.replace("\n", "\r\n").encode())


CHAT = "Sorry for the slow reply, it's been a mad quarter. Hope Jo is well."


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (f"{CHAT}\n\nBest,\nRuth\n\nPS: yes to the intro, of course.", "yes"),
        (f"{CHAT}\n\nBest,\nRuth\n\nP.S. Yes!", "yes"),
        (f"{CHAT}\n\nBest,\nRuth\nPS : no thanks, not this year.", "no"),
        (f"{CHAT}\n\nBest,\nRuth Okafor\nCEO, Okafor Ltd\n\nP.P.S. No thanks.", "no"),
        ("Désolée du retard !\n\nBien à vous,\nRuth\n\nP.-S. Oui, avec plaisir.", "yes"),
        ("¡Perdona la tardanza!\n\nUn abrazo,\nRuth\n\nP.D.: No, gracias.", "no"),
        ("¡Perdona la tardanza!\n\nUn abrazo,\nRuth\n\nPD: sí, encantada.", "yes"),
        ("Entschuldige die späte Antwort.\n\nViele Grüße\nRuth\n\nNachtrag: Ja, gerne.", "yes"),
        ("Desculpe a demora.\n\nAbraços,\nRuth\n\nN.B. Não, obrigada.", "no"),
        ("Samahani kwa kuchelewa.\n\nWako,\nRuth\n\nNyongeza: Ndiyo, nipo tayari.", "yes"),
    ],
)
def test_the_postscript_answers(body: str, answer: str) -> None:
    assert classify_reply(reply(body)).answer == answer


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        # The answer above the signature is read as before; a postscript with no answer
        # changes nothing.
        ("Yes, happy to.\n\nBest,\nRuth\n\nPS: great to see you last month.", "yes"),
        ("No thanks.\n\nBest,\nRuth\n\nP.S. Say hi to Jo for me.", "no"),
        # A line that only looks like a mark opens no postscript: the signature stays out.
        (f"{CHAT}\n\nBest,\nRuth\nPS Design Ltd\nyes we can", "unclear"),
        (f"{CHAT}\n\nBest,\nRuth\n\nps: yes", "unclear"),
    ],
)
def test_a_postscript_changes_nothing_else(body: str, answer: str) -> None:
    assert classify_reply(reply(body)).answer == answer
