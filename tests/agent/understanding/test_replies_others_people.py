"""A yes whose subject is someone's people is not the writer's consent: another's
("Yes, his team would be happy to", "Oui, sa société adorerait", "Sim, a equipa dele
adoraria"), or the writer's own named as the subject ("Yes, our CEO would love to"). The
writer's own yes beside them still stands ("Yes, I'd be happy to, his team too"), and so
do a possessive that is no subject ("por mi parte") and a bare yes ("My answer is yes")."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OTHERS_PEOPLE = [
    ("Yes, his team would be happy to.", "unclear"),
    ("Yes, her company would love to.", "unclear"),
    ("Sure, their CEO would be glad to.", "unclear"),
    ("Yes, your colleague would be happy to.", "unclear"),
    ("Oui, sa société adorerait.", "unclear"),
    ("Oui, son équipe serait ravie.", "unclear"),
    ("Sí, su equipo estaría encantado.", "unclear"),
    ("Ja, seine Firma wäre froh.", "unclear"),
    ("Ja, sein Team würde sich freuen.", "unclear"),
    ("Sim, a equipa dele adoraria.", "unclear"),
    ("Sim, a equipe dela ficaria feliz.", "unclear"),
    ("Ndiyo, timu yake ingefurahi.", "unclear"),
    ("Ndiyo, kampuni yake itafurahi.", "unclear"),
    # The writer's own people named as the subject.
    ("Yes, our team would love to.", "unclear"),
    ("Yes, our CEO would love to.", "unclear"),
    ("Sí, mi hermano estaría encantado.", "unclear"),
    ("Ja, unser Chef würde gern.", "unclear"),
    ("Sim, a minha equipa adoraria.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), OTHERS_PEOPLE)
def test_a_yes_of_someones_people_is_not_the_writers(text: str, answer: str) -> None:
    assert classify_text(text) == answer


WRITERS_OWN = [
    ("Yes, happy to.", "yes"),
    ("Yes, I'd be happy to, his team too.", "yes"),
    ("Yes, happy to, and his team too.", "yes"),
    ("Yes, the team and I would love to.", "yes"),
    ("My answer is yes.", "yes"),
    ("Sí, por mi parte encantado.", "yes"),
    ("Oui, de mon côté avec plaisir.", "yes"),
    ("Ja, von meiner Seite gern.", "yes"),
    ("Sí, su propuesta me parece bien.", "yes"),
    ("Ndiyo, nitafurahi.", "yes"),
    ("Ja, gerne, ihr könnt uns vorstellen.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), WRITERS_OWN)
def test_the_writers_own_yes_beside_them_stands(text: str, answer: str) -> None:
    assert classify_text(text) == answer
