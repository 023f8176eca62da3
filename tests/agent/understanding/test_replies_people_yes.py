"""A yes whose subject is people named as someone's, not the writer, answers for them:
the team, the board, his or her people, the writer's own people ("Yes, the team would
love to", "Ja, ihr Team ist dabei", "Sim, o chefe dele topa"), before a yes in its clause
or opening what follows a bare yes, whatever their verb: unclear. The writer with them
("my team and I") and news of them after the writer's own yes ("Oui avec plaisir, mon
équipe est au courant") leave the writer's yes standing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

PEOPLE_ANSWERED_FOR = [
    ("Yes, the team would love to.", "unclear"),
    ("Yes, the board would be happy to.", "unclear"),
    ("Yes, the board agrees.", "unclear"),
    ("Sure, my boss is on board.", "unclear"),
    ("Yes, my partner would love to.", "unclear"),
    ("I'm sure the team would love to.", "unclear"),
    ("Oui, l'équipe serait ravie.", "unclear"),
    ("Oui, le patron est partant.", "unclear"),
    ("Sí, el equipo estaría encantado.", "unclear"),
    ("Sí, la junta está de acuerdo.", "unclear"),
    ("Ja, ihr Team ist dabei.", "unclear"),
    ("Ja, das Team wäre froh.", "unclear"),
    ("Sim, o chefe dele topa.", "unclear"),
    ("Sim, a equipa adoraria.", "unclear"),
    ("Ndiyo, bosi wangu anakubali.", "unclear"),
    ("Ndiyo, timu yake ingefurahi.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), PEOPLE_ANSWERED_FOR)
def test_a_yes_said_for_people_is_not_the_writers(text: str, answer: str) -> None:
    assert classify_text(text) == answer


WRITERS_OWN = [
    ("Yes, I'd be glad to, and my team too.", "yes"),
    ("Yes, happy to — my team and I are free next week.", "yes"),
    ("Yes, my team and I would love to.", "yes"),
    ("Oui avec plaisir, mon équipe est au courant.", "yes"),
    ("Sí, encantada; le aviso a mi equipo.", "yes"),
    ("Ja, gerne, mein Team und ich sind nächste Woche frei.", "yes"),
    ("Ja, ich würde das Team gerne kennenlernen.", "yes"),
    ("Sim, com prazer - eu e a minha equipa estamos livres.", "yes"),
    ("Ndiyo, nitafurahi, na timu yangu pia.", "yes"),
    ("Yes, happy to meet the team.", "yes"),
    ("Yes, the timing works.", "yes"),
    ("Ja, gerne, ihr könnt uns vorstellen.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), WRITERS_OWN)
def test_the_writers_own_yes_beside_them_stands(text: str, answer: str) -> None:
    assert classify_text(text) == answer
