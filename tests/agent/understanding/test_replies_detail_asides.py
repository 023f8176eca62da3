"""A yes, then a practical detail whose contrast bears on that detail alone."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

# After a contrast, leaving the choice of channel open ("but either works", "mais les
# deux me vont"), a note on replying late ("aunque ... contesto tarde") or the hours the
# writer is at work ("ila asubuhi niko kazini hadi saa nne") is an aside: the yes before
# it stands. A condition, a doubt or a refusal beside it still counts. A yes limited to a
# channel of contact ("Yes, but only by text") is a yes: the consent is given and the
# channel is how the contact goes (it was read unclear before; see
# test_replies_channel_only).
A_YES_WITH_A_PRACTICAL_DETAIL = [
    ("Yep go ahead. I'm on site most days so a text is better than email but either works", "yes"),
    ("Oui, avec plaisir. Un SMS plutôt qu'un mail, mais les deux me vont.", "yes"),
    ("Sí, claro. Mejor por WhatsApp que por correo, pero cualquiera me sirve.", "yes"),
    ("Ja, gerne. Lieber per SMS als per Mail, aber beides geht.", "yes"),
    ("Sim, pode apresentar. Prefiro WhatsApp a email, mas qualquer um serve.", "yes"),
    ("Ndiyo, sawa. Napendelea simu kuliko barua pepe, lakini vyovyote sawa.", "yes"),
    (
        "Claro que sí, no hay problema. Que me escriba cuando quiera, aunque los findes "
        "estoy tocando y contesto tarde",
        "yes",
    ),
    ("Yes, happy to, though at weekends I'm gigging and I reply late.", "yes"),
    ("Oui, avec plaisir, mais le week-end je joue et je réponds tard.", "yes"),
    ("Ja, gerne, aber am Wochenende spiele ich und ich antworte spät.", "yes"),
    ("Sim, claro, mas nos fins de semana estou tocando e respondo tarde.", "yes"),
    (
        "Ndiyo, sawa kabisa. Niko tayari kuzungumza naye wiki hii, ila asubuhi niko kazini "
        "hadi saa nne.",
        "yes",
    ),
    ("Sure, but in the mornings I'm at work until 10.", "yes"),
    ("Oui, avec plaisir, mais le matin je suis au travail jusqu'à 10h.", "yes"),
    ("Sí, claro, aunque por las mañanas estoy trabajando hasta las 10.", "yes"),
    ("Ja, gerne, aber vormittags bin ich bei der Arbeit bis 10 Uhr.", "yes"),
    ("Sim, claro, mas de manhã estou no trabalho até às 10.", "yes"),
    ("Yes, but only by text", "yes"),
    ("Sí, aunque no sé si tendré tiempo", "unclear"),
    ("Ndiyo, ila sina muda", "no"),
    ("Yes, either works if he is not a recruiter", "unclear"),
    ("Sure, though I'm not sure I can help", "unclear"),
    ("Yes, but either works only if he is legit", "unclear"),
    ("Maybe, but either works", "unclear"),
    ("Yes, but I reply late and I'm not sure I want to", "unclear"),
    ("No thanks, but either works", "no"),
    ("Sí, aunque contesto tarde y no sé si me interesa", "unclear"),
    ("Ndiyo, ila asubuhi niko kazini na sina muda", "no"),
]


@pytest.mark.parametrize(("text", "answer"), A_YES_WITH_A_PRACTICAL_DETAIL)
def test_a_yes_with_a_practical_detail(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# "how kind of" and "so kind of" thank; "kind of" alone is "somewhat", a hedge.
KIND_OF_THANKS = [
    ("Oh how kind of Jo to think of me. Yes, I would be very glad to meet Mr Okafor.", "yes"),
    ("So kind of you to ask. Happy to be introduced.", "yes"),
    ("How kind of you, but I'll pass", "no"),
    ("So kind of him. Maybe later.", "no"),
    ("Yes, kind of", "unclear"),
    ("Kind of, I guess", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), KIND_OF_THANKS)
def test_how_kind_of_thanks(text: str, answer: str) -> None:
    assert classify_text(text) == answer
