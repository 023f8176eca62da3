"""After a sentence that says yes, the writer offering to look over what the other sends
("Happy to look at the drawings beforehand if he sends them through") sets no condition
on the yes. The condition in the yes's own sentence, a meeting on the condition, and a
sentence that goes on to a decision still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "Yes please. Happy to look at the floor plans beforehand if she sends them through.",
        "Oui, avec plaisir. S'il m'envoie les plans avant, je peux jeter un œil.",
        "Sí, claro. Si me envía los planos antes, puedo echarles un vistazo.",
        "Ja, gerne. Wenn sie mir vorab die Unterlagen schickt, kann ich mir das schon mal "
        "anschauen.",
        "Sim, claro. Se ele me enviar os desenhos antes, posso dar uma olhada.",
        "Ndiyo, karibu. Kama atanitumia michoro, nitaipitia.",
    ],
)
def test_an_offer_to_look_over_what_is_sent_is_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, if he sends me his CV first.",
        "Happy to look at the drawings if he sends them through.",
        "Yes. I'll meet him if he sends his CV.",
        "Yes. I'll look at it if he sends it, then decide.",
        "Yes. I'll look at his CV if he sends it and then let you know.",
        "Yes. If he sends his portfolio, I'll look at it and see whether it's worth it.",
        "Sure. Happy to look at the drawings if he sends them, but only if he pays.",
        "Oui. S'il m'envoie son CV, je le regarderai et je déciderai.",
        "Ja. Wenn er mir die Unterlagen schickt, schaue ich sie mir an und entscheide dann.",
        "Ja, gerne. Wenn er mir seinen Lebenslauf schickt, entscheide ich dann.",
        "Yes. I can't look at it unless he sends it.",
        "Yes. Can I look at the drawings if he sends them?",
    ],
)
def test_conditions_beside_it_still_doubt(text: str) -> None:
    assert classify_text(text) != "yes"


# After a yes, the other offered to send along something they may have ("If Aisha has a
# deck she can attach it to the intro") is no condition on the yes.
MATERIAL_OFFERS = [
    "No problem, go ahead.\n\nIf Aisha has a deck she can attach it to the intro - we're "
    "still doing pre-seed cheques through Q1.",
    "Oui, volontiers. Si Léa a un deck, elle peut le joindre.",
    "Sí, adelante. Si Marta tiene un deck, que lo adjunte.",
    "Ja, gerne. Wenn sie ein Deck hat, kann sie es gern mitschicken.",
    "Sim, pode apresentar. Se a Marina tiver um deck, pode anexar.",
    "Hakuna shida, endelea. Kama Faith ana pitch deck, aiambatishe pia.",
]


@pytest.mark.parametrize("text", MATERIAL_OFFERS)
def test_what_the_other_may_send_along_is_no_condition(text: str) -> None:
    assert classify_text(text) == "yes"


MATERIAL_NEAR_MISSES = [
    "Yes. If she signs an NDA she can send it.",
    "Yes. If she has signed the NDA she can send it.",
    "Yes, if she has a deck she can attach it.",
    "Yes. If I have time she can send it.",
    "Yes. If she has a deck, send it and I will decide.",
    "Yes. If she has a deck, I'll meet her.",
    "Yes. If she has to, she can send it.",
    "Yes. If she has a deck, can she attach it?",
    "Ja, gerne. Wenn sie eine NDA unterschrieben hat, kann sie es schicken.",
    "Sí. Si firma un acuerdo de confidencialidad, que lo adjunte.",
    "Ndiyo. Kama atasaini mkataba wa usiri, aiambatishe.",
]


@pytest.mark.parametrize("text", MATERIAL_NEAR_MISSES)
def test_a_real_condition_beside_sending_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"
