"""After a sentence that says yes, a note that the writer will be out of reach of mail for
a time ("I'm on nights until Thursday so I won't be answering much", "je ne pourrai pas
répondre avant lundi", "komme kaum an meine Mails") tells when they reply, and refuses or
doubts nothing. So does such a gap that is all a contrast turns to in the yes's own
sentence ("Sure, but I won't be able to reply until May"). A gap that names the other ("I
won't be answering her mails"), waits on a condition or sits beside a doubt still counts;
so does a meeting or the intro itself put off ("Sure, but I won't be able to take this
on until May")."""

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


SAME_SENTENCE_GAPS = [
    ("Sure, but I won't be able to reply until May", "yes"),
    ("Yes, but I can't reply before May.", "yes"),
    ("Happy to, but I won't be able to get back to you until May.", "yes"),
    ("Sure, but I can only reply in May.", "yes"),
    ("Volontiers, mais je ne pourrai pas répondre avant mai.", "yes"),
    ("Claro, pero no podré responder hasta mayo.", "yes"),
    ("Claro, pero solo podré responder en mayo.", "yes"),
    ("Gern, aber ich kann erst im Mai antworten.", "yes"),
    ("Claro, mas só vou conseguir responder em maio.", "yes"),
    ("Claro, mas não vou conseguir responder até maio.", "yes"),
    ("Ndiyo, lakini sitaweza kujibu hadi Mei.", "yes"),
    ("Ja, gerne. Ich kann erst im Mai antworten.", "yes"),
]

SAME_SENTENCE_NEAR_MISSES = [
    # The intro itself, or a meeting, put off: a refusal of now, never a yes.
    "Sure, but I won't be able to take this on until May",
    "Sure, but not until May",
    "Sure, but I won't be able to meet until May",
    "Claro, pero no podré aceptar hasta mayo",
    "Volontiers, mais je ne pourrai pas m'en occuper avant mai",
    "Gern, aber ich kann erst im Mai",
    "Ndiyo, lakini sitaweza hadi Mei",
    # The other named, a condition, no time, or more after the time.
    "Sure, but I won't be able to reply to her until May",
    "Sure, but I won't be able to reply until May if he is a recruiter",
    "Sure, but I won't be able to reply before I've talked to my boss",
    "Gern, aber ich kann erst antworten, wenn ich mit meinem Chef gesprochen habe",
    "Sure, but I won't be able to reply.",
    # No yes, or a refusal beside the gap.
    "No, and I won't be able to reply until May.",
    "Not really, but I won't be able to reply until May.",
    "Sure, but I won't be able to reply until May. Not interested though.",
]


@pytest.mark.parametrize(("text", "answer"), SAME_SENTENCE_GAPS)
def test_a_gap_a_contrast_turns_to_leaves_the_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize("text", SAME_SENTENCE_NEAR_MISSES)
def test_anything_else_after_the_contrast_is_no_yes(text: str) -> None:
    assert classify_text(text) != "yes"
