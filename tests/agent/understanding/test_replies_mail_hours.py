"""After a sentence that says yes, a note on the hours the writer reads mail or takes calls
("no veo el correo hasta medianoche", "je ne lis pas mes mails avant le soir") tells the
other when to expect an answer, and refuses nothing: its negator names a channel, then an
"until" or a "before" with a time of the writer's day or week. A "because" ("porque")
giving the reason of such a note ends it no more than any other word. A day of the month
after the "until" puts the yes off, a negation that names no channel or one in the yes's
own sentence still counts, and a question is no note."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

MAIL_HOURS = [
    (
        "¡Claro que sí! Que me llame por la mañana, porque por la tarde trabajo y no veo el "
        "correo hasta medianoche.",
        "yes",
    ),
    ("Sim, pode ser. Escreva de manhã, porque não vejo o e-mail até à noite.", "yes"),
    ("Oui, volontiers. Je ne lis pas mes mails avant le soir.", "yes"),
    ("Sure, happy to. I don't see my email until the evening most days.", "yes"),
    ("Ndiyo, sawa. Sioni barua pepe hadi jioni.", "yes"),
    # Near-misses: a date of the month, no channel, the turn in the yes's own sentence, a
    # refusal beside the note, a question.
    ("Sí. No veo el correo hasta el 20.", "unclear"),
    ("Sí. No puedo hasta la tarde.", "unclear"),
    ("Sí, pero no veo el correo hasta medianoche.", "unclear"),
    ("Sí, claro. No lo llames, porque no quiero.", "unclear"),
    ("Claro. Pero ¿porque no me llama por la tarde?", "unclear"),
    ("No, gracias. No veo el correo hasta medianoche.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), MAIL_HOURS)
def test_the_hours_mail_is_read_are_no_refusal(text: str, answer: str) -> None:
    assert classify_text(text) == answer
