"""A firm's regulatory footer ("This message does not constitute investment advice",
"Circular 230 disclosure: ... cannot be used to avoid penalties") is boilerplate, left out
of the reading like any disclaimer, in every language; its negations take no yes back. A
request to keep the matter confidential ("Peço apenas ... confidencialidade") is the
writer's own, and read."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

FOOTERS = [
    "He has asked me to confirm that he would be very pleased to be introduced.\n\n"
    "Fenwick Partners Ltd is authorised and regulated by the Financial Conduct Authority. "
    "This message does not constitute investment advice or an offer to buy any security.",
    "Happy to be introduced to her.\n\nCircular 230 disclosure: any tax advice in this "
    "message is not intended to be used, and cannot be used, to avoid penalties.",
    "Avec plaisir.\n\nCe message ne constitue pas un conseil en investissement et ne peut "
    "pas être considéré comme tel.",
    "Sí, con gusto.\n\nEste mensaje no constituye asesoramiento financiero y no debe "
    "utilizarse como tal.",
    "Ja, gerne.\n\nDiese Nachricht stellt keine Anlageberatung dar und ist nicht als "
    "Angebot zu verstehen.",
    "Sim, com todo o gosto.\n\nEsta mensagem não constitui aconselhamento financeiro e não "
    "deve ser usada como tal.",
    "Ndiyo, kwa furaha.\n\nUjumbe huu si ushauri wa uwekezaji na haupaswi kutumiwa hivyo.",
    # A wish for confidentiality, beside a yes, conditions nothing.
    "Sim, com todo o gosto. Peço apenas que o assunto seja tratado com a habitual "
    "confidencialidade.",
]


@pytest.mark.parametrize("text", FOOTERS)
def test_a_regulatory_footer_takes_no_yes_back(text: str) -> None:
    assert classify_text(text) == "yes"


NOT_FOOTERS = [
    # The writer's own negation about advice, in the answer, still counts.
    ("Sorry, I must decline: my contract does not allow me to take new clients.", "no"),
    ("No, sorry. This does not constitute a good fit for us.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_FOOTERS)
def test_the_writers_own_negation_still_counts(text: str, answer: str) -> None:
    assert classify_text(text) == answer
