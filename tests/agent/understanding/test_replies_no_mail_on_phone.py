"""The writer not reading mail on a phone ("I do not read email on a mobile telephone",
"je ne lis pas mes mails sur mon portable", "no leo el correo en el móvil", "ich lese
keine E-Mails auf dem Handy", "não leio email no celular", "sisomi barua pepe kwenye
simu") is an aside on how they read mail, read whole: its negation doubts no yes.
Another negation, a refusal or a condition beside it still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "I should be very glad to be introduced to Mr Okafor. I do not read email on a mobile"
        " telephone, so he will need to be a little patient; I look at the computer most"
        " mornings after breakfast.",
        "Yes, happy to. I don't read email on my phone, so replies may be slow.",
        "Oui, avec plaisir. Je ne lis pas mes mails sur mon portable, il faudra être patient.",
        "Sí, claro. No leo el correo en el móvil, así que tardo en contestar.",
        "Ja, gerne. Ich lese keine E-Mails auf dem Handy, es kann also dauern.",
        "Sim, pode apresentar. Não leio email no celular, então demoro a responder.",
        "Ndiyo, karibu. Sisomi barua pepe kwenye simu, kwa hiyo nitachelewa kujibu.",
    ],
)
def test_no_mail_on_the_phone_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes. I don't read email on my phone, so please don't introduce me.", "unclear"),
        ("Yes. I don't read email on my phone, so I'd rather not.", "unclear"),
        ("Yes. I don't read email on my phone and I don't want to meet him.", "unclear"),
        ("I don't read email on my phone. No thanks.", "no"),
        ("Yes, if she can wait. I don't read email on my phone.", "unclear"),
    ],
)
def test_what_else_is_said_still_counts(text: str, answer: str) -> None:
    assert classify_text(text) == answer
