"""After a yes said in an earlier sentence, a condition whose clause has the other
proposing a time (time_proposals) and whose sentence closes on praise alone
(wish_approvals: "if Marta could suggest a time either side of that, perfect", "si elle
peut proposer un créneau, parfait") is a wish about when to meet, no condition on the
consent. A condition on who or what, in the yes's own sentence, with a refusal of the
other branch, negated, or after a doubt still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

WISHES = [
    "Please do introduce us. I'm on leave 20-24 November, so if Marta could suggest a time"
    " either side of that, perfect.",
    "Yes, happy to. If Marta could suggest a time, perfect.",
    "Oui, avec plaisir. Si elle peut proposer un créneau, parfait.",
    "Sí, encantado. Si ella puede proponer una hora, perfecto.",
    "Ja, gerne. Wenn sie einen Termin vorschlägt, perfekt.",
    "Sim, claro. Se ela puder sugerir um horário, perfeito.",
    "Ndiyo, nitafurahi. Kama anaweza kupendekeza muda, vizuri.",
]


@pytest.mark.parametrize("text", WISHES)
def test_a_wish_about_when_to_meet_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTING = [
    "Yes, if she can suggest a time, perfect.",
    "Yes. If he's not a recruiter, great.",
    "Yes. If it's about hiring, great.",
    "Yes. If she can suggest a time, perfect; otherwise no.",
    "Yes. If she can't suggest a time, fine.",
    "Yes. If she can suggest a time, perfect, and if not I'd rather skip it.",
    "Maybe. If she can suggest a time, perfect.",
    "Sí. Si es para contratarme, perfecto.",
    "Ja. Wenn er kein Verkäufer ist, perfekt.",
]


@pytest.mark.parametrize("text", STILL_DOUBTING)
def test_a_condition_on_the_consent_still_doubts(text: str) -> None:
    assert classify_text(text) != "yes"
