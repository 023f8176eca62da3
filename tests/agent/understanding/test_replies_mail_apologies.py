"""An "if" that doubts nothing beside a yes: an apology for the mail itself ("forgive me
if this reply has gone to the wrong place", "excusez-moi si", "perdón si", "entschuldigen
Sie, falls", "desculpe se", "samahani kama"), and an offer of convenience closing a
sentence that opens with the writer's own contact channel ("My telephone number is in the
book if that is easier for her"). A refusal or another condition beside the apology, and
an offer that negates, conditions on something else or stands with no yes before it,
still count."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

MAIL_APOLOGIES = [
    (
        "Yes, I would be delighted. Please forgive me if this reply has gone to the wrong place.",
        "yes",
    ),
    ("Happy to be introduced. Sorry if this reached you twice.", "yes"),
    ("Oui, avec plaisir. Excusez-moi si ce message arrive en double.", "yes"),
    ("Sí, encantada. Perdón si respondo tarde.", "yes"),
    ("Ja, gerne. Entschuldigen Sie, falls die Antwort an der falschen Stelle landet.", "yes"),
    ("Sim, pode apresentar. Desculpe se a resposta foi para o sítio errado.", "yes"),
    ("Ndiyo, nitafurahi. Samahani kama ujumbe huu umefika mahali pasipo sahihi.", "yes"),
    # A refusal or another condition beside the apology still counts.
    ("Sorry if this disappoints, but I will pass.", "no"),
    ("Yes, sorry if he is a recruiter I will pass.", "unclear"),
    ("Yes, sorry if that is late, but only if he is not a recruiter.", "unclear"),
    ("Yes. If he is a recruiter, sorry.", "unclear"),
]

CLOSING_OFFERS = [
    (
        "Yes, I would be delighted. My telephone number is in the book if that is easier for her.",
        "yes",
    ),
    ("Yes, happy to. My WhatsApp is +44 7700 900123 if that's easier.", "yes"),
    ("Yes, happy to. My number is +44 7700 900123, if it is easier for him.", "yes"),
    ("Sí, encantado. Mi número es 600 123 456, si le resulta más cómodo.", "yes"),
    (
        "Oui, avec plaisir. Mon portable est le 06 12 34 56 78, si c'est plus pratique pour elle.",
        "yes",
    ),
    ("Ja, gerne. Meine Handynummer ist 0171 1234567, falls es ihr einfacher ist.", "yes"),
    ("Sim, pode apresentar. Meu WhatsApp é +55 11 91234-5678, se for mais prático.", "yes"),
    ("Ndiyo, nitafurahi. Namba yangu ni 0712 345 678 kama ni rahisi kwake.", "yes"),
    # No channel, a negation, another condition, or no yes before it: still a doubt.
    ("Sure, if that is easier for her.", "unclear"),
    ("Yes. My number is not listed if that is easier.", "unclear"),
    ("Yes. My assistant will decide if that is easier.", "unclear"),
    ("Yes. My number is in the book if she is serious.", "unclear"),
    ("Maybe. My number is in the book if that is easier.", "unclear"),
    ("My number is in the book if that is easier for her.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), MAIL_APOLOGIES)
def test_an_apology_for_the_mail_doubts_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(("text", "answer"), CLOSING_OFFERS)
def test_a_channel_offered_with_the_lead_closing_its_sentence_doubts_nothing(
    text: str, answer: str
) -> None:
    assert classify_text(text) == answer
