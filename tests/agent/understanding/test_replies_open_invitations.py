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


# The wish opening a clause after the event offered, and the coming said as it will
# happen, with no leave before it ("se ela quiser já aparece direto").
COMING_CLAUSES = [
    "Bora, claro! Sexta que vem (12) às 16h tem treino aberto no ginásio do clube, ali na"
    " Pampulha, se ela quiser já aparece direto.",
    "Sure! Friday at 4 there is an open training at the gym, if she wants she can just turn up.",
    "Sure! There is an open training on Friday at 4. If she wants, she just turns up.",
    "Oui, avec plaisir ! Vendredi à 16h il y a un entraînement ouvert au gymnase, si elle"
    " veut elle passe directement.",
    "¡Sí, claro! El viernes a las 16h hay entrenamiento abierto en el gimnasio, si quiere"
    " se pasa directamente.",
    "Ja, gerne! Freitag um 16 Uhr ist offenes Training in der Halle, wenn sie will, kommt"
    " sie einfach vorbei.",
    "Ndiyo, karibu! Ijumaa saa 10 kuna mazoezi ya wazi ukumbini, kama anataka anakuja tu.",
]


@pytest.mark.parametrize("text", COMING_CLAUSES)
def test_a_wish_met_by_the_coming_itself_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


COMING_DOUBTED = [
    # The "if" in the yes's own sentence.
    "Sim, se ela quiser aparece.",
    "Yes if she wants, she comes by.",
    # A condition, not a wish, or more than a wish before the coming.
    "Bora, claro! Sexta às 16h tem treino, se ela pagar já aparece direto.",
    "Bora, claro! Sexta às 16h tem treino, se ela quiser mesmo a apresentação aparece.",
    # Negated, limited or doubted.
    "Bora, claro! Sexta às 16h tem treino, se ela quiser não aparece.",
    "Oui. Vendredi à 16h il y a entraînement, si elle veut elle ne passe pas.",
    "Sure! Only on Friday at 4, if she wants she comes by.",
    "Sure! Friday at 4 there's training, maybe, if she wants she comes by.",
    "Sí, claro. El viernes a las 16h hay entrenamiento, si quiere se pasa, pero no sé si"
    " hay sitio.",
]


@pytest.mark.parametrize("text", COMING_DOUBTED)
def test_a_coming_beside_a_condition_still_doubts(text: str) -> None:
    assert classify_text(text) != "yes"
