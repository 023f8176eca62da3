"""A yes in a sentence about a payment or an invoice settled between the writer and
someone ("Yes, the invoice was paid yesterday", "Ja, die Rechnung ist bezahlt") answers
that matter, not the introduction: such words are among the attended_events, so the
reply is unclear. A yes of another sentence, or one naming the meeting, still answers;
and gatherings read in every language include a barbecue ("zum Grillen") and a Swahili
meeting ("kwenye mkutano")."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, the invoice was paid yesterday.",
        "Oui, la facture est payée depuis lundi.",
        "Sí, ya te transferí el dinero.",
        "Ja, die Rechnung ist bezahlt.",
        "Sim, já paguei a fatura.",
        "Ndiyo, nimelipa ankara jana.",
        "Ja, ich komme am Samstag zum Grillen.",
        "Ndiyo, nitakuja kwenye mkutano wa Jumamosi.",
    ],
)
def test_a_yes_about_another_matter_is_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to be introduced, the payment side is her business.",
        "Yes, happy to meet her. The invoice was paid, by the way.",
        "Ja, gerne! Wir können uns ja beim Training kennenlernen.",
        "Ndiyo, nitafurahi kukutana naye kwenye mkutano.",
        "Sim, pode apresentar.",
    ],
)
def test_a_yes_to_the_introduction_stands(text: str) -> None:
    assert read_answer(text)[0] == "yes"
