"""Remembering someone's work ("I remember the deck", "je me souviens de son pitch",
"recuerdo sus diapositivas", "ich erinnere mich an seinen Pitch", "lembro do pitch
dele", "nakumbuka slaidi zake") is praise, as knowing it is; remembering the person, a
negation or a question still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REMEMBERED = [
    ("Felix mentioned him last week, I remember the deck.\n\nYes.\n\nA.", "yes"),
    ("I remember her deck, yes please.", "yes"),
    ("Yes. I remember his pitch from the demo day.", "yes"),
    ("Oui. Je me souviens de son pitch.", "yes"),
    ("Sí, recuerdo sus diapositivas.", "yes"),
    ("Ja, ich erinnere mich an seinen Pitch.", "yes"),
    ("Sim, lembro do pitch dele.", "yes"),
    ("Ndiyo, nakumbuka slaidi zake.", "yes"),
    # The person remembered, a negation or a question.
    ("Yes. I remember him.", "unclear"),
    ("Yes. I remember him from a talk we both gave.", "unclear"),
    ("Yes. I don't remember the deck.", "unclear"),
    ("Yes. Do I remember the deck?", "unclear"),
    ("Sí, recuerdo que ya nos conocimos.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), REMEMBERED)
def test_remembering_someones_work_is_praise(text: str, answer: str) -> None:
    assert classify_text(text) == answer
