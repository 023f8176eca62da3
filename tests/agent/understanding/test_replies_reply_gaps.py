"""After a sentence that says yes, a note that the writer will be out of reach of mail for
a time ("I'm on nights until Thursday so I won't be answering much", "je ne pourrai pas
répondre avant lundi", "komme kaum an meine Mails") tells when they reply, and refuses or
doubts nothing. A gap that names the other ("I won't be answering her mails"), stands in
the yes's own sentence, waits on a condition or sits beside a doubt still counts; so does
a meeting put off."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REPLY_GAPS = [
    ("Yes, happy to. I'm travelling until Friday so I won't be able to reply before then.", "yes"),
    (
        "Oui, avec plaisir. Par contre je ne pourrai pas répondre avant jeudi, je suis en "
        "déplacement.",
        "yes",
    ),
    ("Sí, encantada. Eso sí, no podré contestar hasta el lunes porque estoy de viaje.", "yes"),
    ("Ja, gerne. Ich bin bis Freitag unterwegs und komme kaum an meine Mails.", "yes"),
    ("Sim, claro. Estou viajando até sexta e não vou conseguir responder antes disso.", "yes"),
    ("Ndiyo, nakubali. Niko safarini hadi Ijumaa, sitaweza kujibu haraka.", "yes"),
    # Near-misses: the other named, a condition, a doubt, a meeting put off, no yes.
    ("Yes. I won't be answering her mails.", "unclear"),
    ("Ja. Ich kann ihm bis Montag nicht antworten.", "unclear"),
    ("Yes. I won't be answering if he is a recruiter.", "unclear"),
    ("Sí. No podré contestar hasta el lunes si es algo complicado.", "unclear"),
    ("Yes. I won't be able to reply until May, and I'm not sure I want to meet.", "unclear"),
    ("Yes. I won't be able to reply until May. Maybe then.", "unclear"),
    ("Yes please. I won't be able to meet until May.", "unclear"),
    ("No thanks. I won't be answering until Monday anyway.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), REPLY_GAPS)
def test_a_note_on_replying_later_is_no_condition(text: str, answer: str) -> None:
    assert classify_text(text) == answer


CONTACT_ASIDES = [
    ("Yes, happy to. Probably easier to call me than email, I don't check this inbox.", "yes"),
    (
        "Oui, volontiers. Sans doute plus simple de m'appeler que d'écrire, je ne consulte "
        "pas souvent cette adresse.",
        "yes",
    ),
    ("Sí, claro. Probablemente sea más fácil llamarme, no miro mucho este correo.", "yes"),
    (
        "Ja, gerne. Wahrscheinlich einfacher, mich anzurufen. Ich schaue selten in dieses "
        "Postfach.",
        "yes",
    ),
    ("Sim, claro. Provavelmente é mais fácil me ligar, não vejo muito este email.", "yes"),
    (
        "Ndiyo, nakubali. Labda ni rahisi kunipigia simu, siangalii barua pepe hii mara kwa mara.",
        "yes",
    ),
    # Near-misses: the doubt is on the answer.
    ("Yes, probably.", "unclear"),
    ("Yes. Probably easier to call me, but I'm not sure about meeting.", "unclear"),
    ("Ja, wahrscheinlich.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CONTACT_ASIDES)
def test_a_channel_preferred_is_an_aside(text: str, answer: str) -> None:
    assert classify_text(text) == answer
