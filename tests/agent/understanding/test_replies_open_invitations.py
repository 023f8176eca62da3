"""The other's own wish met by leave to come by, after a yes said in an earlier sentence
("If he wants to see a drill night he can just turn up at the station", "S'il veut voir
l'atelier, il peut passer") is an open invitation beside the consent, no condition on it.
A condition that is no wish of the other, an "if" in the yes's own sentence, a negation,
a turn, a question or the introduction named still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

INVITED = [
    "Aye, happy to be introduced to Ewan. If he wants to see a drill night he can just turn "
    "up at the station on a Tuesday at 7.",
    "Yes, happy to. If he wants to see the workshop, he's welcome to drop in any morning.",
    "Oui, avec plaisir. S'il veut voir l'atelier, il peut passer un mardi.",
    "Sí, encantado. Si quiere ver un entrenamiento, puede venir el martes a las siete.",
    "Ja, gerne. Wenn er eine Übung sehen will, kann er einfach dienstags um 19 Uhr an der "
    "Wache vorbeikommen.",
    "Sim, com prazer. Se ele quiser ver a horta, pode aparecer no sábado.",
    "Ndiyo, nimefurahi. Kama anataka kuona mazoezi, anaweza kuja Jumanne saa moja.",
]


@pytest.mark.parametrize("text", INVITED)
def test_an_open_invitation_is_no_condition(text: str) -> None:
    assert classify_text(text) == "yes"


DOUBTED = [
    # A condition, not the other's wish.
    "Yes, happy to. If he pays, he can come.",
    "Oui. Si il paie, il peut venir.",
    "Ja. Wenn er zahlt, kann er kommen.",
    "Yes, happy to. If he is vetted he can come by.",
    # The "if" in the yes's own sentence.
    "Yes if he wants to, he can come by.",
    # More than a wish in the condition, or another condition after the leave.
    "Yes, happy to. If he wants to meet and pays my fee, he can come by.",
    "Yes, happy to. If he wants to meet, he can come by if he is vetted.",
    # Negated, turned, asked, or no coming by at all.
    "Yes, happy to. If he wants to come, he can't before May.",
    "Yes, happy to. If he wants to see the shop he can come by, but only on Tuesdays.",
    "Yes, happy to. If he wants to see the shop he can come by?",
    "Yes, happy to. If he wants a job he can apply.",
    "Sim. Se ele quiser, pode vir, mas não no sábado.",
    # The introduction named in the invitation.
    "Yes, happy to. If he wants an introduction he can come and ask me himself.",
]


@pytest.mark.parametrize("text", DOUBTED)
def test_a_condition_beside_the_leave_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"


def test_a_refusal_before_an_invitation_stays_a_refusal() -> None:
    text = "I don't want to meet him so no. If he wants to see the shop he can come by."
    assert classify_text(text) == "no"
