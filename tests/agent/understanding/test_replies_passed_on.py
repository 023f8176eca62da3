"""A forward of the agent's question written to a colleague, the agent in copy ("Fwd:
... / Hi Tom, passing this on, it's more your area ..."), passes the question on: what
the writer says of themselves is said to the colleague, and the answer is still to come,
unclear. A reply that is no forward, or a forward greeting no one it is sent to, is read
as before."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply

_QUOTE = (
    "---------- Forwarded message ---------\n"
    "From: Intro Agent <intro@example.org>\n"
    "Subject: Would you like an introduction to Daniel Kessler? [#f6c3]\n\n"
    "Hi Carla,\n\n"
    "Matías Olivares would like to introduce you to Daniel Kessler.\n"
    'Would you like the introduction? Just reply "yes" or "no".\n\nIntro Agent\n'
)


def mail(body: str, subject: str, to: str, cc: str = "Intro Agent <intro@example.org>") -> bytes:
    head = (
        f"From: Carla Diaz <carla@example.com>\nTo: {to}\nCc: {cc}\n"
        f"Subject: {subject}\n"
        'Message-ID: <r1@example.com>\nContent-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n"
    )
    return f"{head}\n{body}\n\n{_QUOTE}".replace("\n", "\r\n").encode()


def forward(body: str, to: str = "Thomas Reyes <thomas.reyes@example.com>") -> ParsedMessage:
    subject = "Fwd: Would you like an introduction to Daniel Kessler? [#f6c3]"
    return parse_message(mail(body, subject, to))


_TOM = "Tom Reyes <tom.reyes@example.com>"
_TOMAS = "Tomás Reyes <tomas.reyes@example.com>"

PASSED_ON = [
    (
        "Hi Tom,\n\nPassing this on, I think it's more your area than mine. I can't take on"
        " anything until the grant is in.\n\nCarla",
        _TOM,
    ),
    ("Hi Tom,\n\nForwarding this to you. Yes, I think you'd get on with him.\n\nCarla", _TOM),
    (
        "Salut Tom,\n\nJe te transfère ça, c'est plutôt ton domaine. Moi, je ne peux pas en"
        " ce moment.\n\nCarla",
        _TOM,
    ),
    ("Hola Tomás,\n\nTe reenvío esto, es más lo tuyo. Yo ahora no puedo.\n\nCarla", _TOMAS),
    (
        "Hallo Thomas,\n\nich leite dir das weiter, das ist eher dein Thema. Ich kann gerade"
        " nicht.\n\nCarla",
        "Thomas Reyes <thomas.reyes@example.com>",
    ),
    ("Olá Tomás,\n\nEncaminho-te isto, é mais a tua área. Eu agora não posso.\n\nCarla", _TOMAS),
    ("Habari Tom,\n\nNakutumia hii, ni fani yako zaidi. Mimi siwezi kwa sasa.\n\nCarla", _TOM),
]


@pytest.mark.parametrize(("body", "to"), PASSED_ON)
def test_a_forward_to_a_colleague_answers_nothing_yet(body: str, to: str) -> None:
    verdict = classify_reply(forward(body, to))
    assert verdict.answer == "unclear"
    assert any(e.startswith("passed-on:") for e in verdict.evidence)


def test_a_short_form_of_the_recipients_name_is_greeting_them() -> None:
    body = "Hi Tom,\n\nPassing this on to you. I can't do it myself, sorry.\n\nCarla"
    verdict = classify_reply(forward(body, "Thomas Reyes <thomas.reyes@example.com>"))
    assert verdict.answer == "unclear"


@pytest.mark.parametrize(
    ("body", "subject", "to", "answer"),
    [
        # A reply to the agent greeting someone it names: no forward.
        (
            "Hi Matías,\n\nNo, sorry, I can't take this on.\n\nCarla",
            "Re: Would you like an introduction to Daniel Kessler? [#f6c3]",
            "Intro Agent <intro@example.org>",
            "no",
        ),
        # A forward greeting no one it is sent to.
        (
            "Hi Ann,\n\nNo, sorry, I can't take this on.\n\nCarla",
            "Fwd: Would you like an introduction to Daniel Kessler? [#f6c3]",
            "Thomas Reyes <thomas.reyes@example.com>",
            "no",
        ),
    ],
)
def test_no_forward_to_the_one_greeted_is_read_as_before(
    body: str, subject: str, to: str, answer: str
) -> None:
    assert classify_reply(parse_message(mail(body, subject, to))).answer == answer
