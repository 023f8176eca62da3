"""After a clear yes, asking that the phone number not be passed on is a note on
privacy, as the agent only ever passes on email addresses (reply_phone_privacy): "Yes,
happy to meet Leo! Only thing - please don't give him my mobile" is yes. Keeping back
the email, the address or everything, waiting, or no yes before it still refuses or
doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to meet Leo!\n\nOnly thing — please don't give him my mobile. Email is best.",
        "Yes, happy to. Just don't give out my mobile number to anyone.",
        "Ja, gerne.\n\nEine Bitte: Meine Handynummer bitte nicht weitergeben, nur die "
        "E-Mail-Adresse.",
        "Ja, gerne. Meine Handynummer bitte nicht weitergeben. Ich nehme ohnehin kaum ab.",
        "De una, sin problema 👍 pero porfa no le pasen mi número de celular, que después "
        "me llenan de llamadas jaja.",
        "Sí, claro. Solo no le pases mi número.",
        "Oui, avec plaisir. Mais ne lui donne pas mon numéro de portable.",
        "Oui, avec plaisir. Merci de ne pas lui donner mon numéro de portable.",
        "Sim, claro. Só não passe o meu número de telefone.",
        "Sim, claro. Mas não passe o meu número de telefone.",
        "Ndiyo, sawa kabisa. Ila tafadhali usimpe namba yangu ya simu, barua pepe tu.",
        "Ndiyo, sawa. Tafadhali usimpe namba yangu ya simu.",
        # Read otherwise before.
        "Yes to the intro but please don't share my phone number",
        "Yes - but please don't give him my number",
        "Yes, glad to. Please don't give out my number.",
        "Sounds good. Please don't give him my number.",
        "Sí, adelante. No le des mi número, por favor.",
        "Sí, claro. Eso sí, no le des mi número.",
    ],
)
def test_the_phone_number_kept_back_after_a_yes_is_a_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # The email, the address or everything kept back.
        ("Yes, happy to. Please don't give him my email.", "unclear"),
        ("Yes, happy to. Don't pass on any of my details.", "unclear"),
        ("Yes, happy to. Please don't give him my number or my email.", "unclear"),
        ("Ja, gerne. Bitte meine E-Mail-Adresse nicht weitergeben.", "unclear"),
        ("Sí, claro. Pero no le pases mi correo.", "unclear"),
        ("Oui, avec plaisir. Mais ne lui donne pas mon adresse.", "unclear"),
        ("Sim, claro. Mas não passe o meu email.", "unclear"),
        ("Ndiyo, sawa. Ila usimpe anwani yangu.", "no"),
        ("Ndiyo, sawa. Usimpe anwani yangu.", "unclear"),
        ("Ndiyo, sawa. Tafadhali usimpe barua pepe yangu.", "unclear"),
        # Waiting, asked, or no yes standing.
        ("Yes, happy to. Please don't give him my number until January.", "unclear"),
        ("Ndiyo, lakini usimpe namba yangu hadi Januari.", "unclear"),
        ("Yes, happy to. Can you not give him my number?", "unclear"),
        ("Please don't give him my mobile.", "no"),
        ("No thanks. Please don't give him my mobile.", "no"),
        ("Maybe. Please don't give him my mobile.", "no"),
        # A reason that refuses the meeting is no reason about the phone.
        (
            "Ja, gerne. Meine Handynummer bitte nicht weitergeben. Ich will ihn eigentlich "
            "nicht treffen.",
            "unclear",
        ),
    ],
)
def test_anything_else_kept_back_or_no_yes_still_counts(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
