"""A sentence naming another matter and agreeing to it ("Dienstag passt für die
Vorstandssitzung", "Tuesday works for the board meeting": a yes of its own, or a day
and only words agreeing to it) answers that matter, and so does a yes that is the
whole of its sentence right before it ("Ja, gerne!", "Yes, gladly!"): the question
about the introduction is left unanswered. A sentence naming the one asked about, a
yes that says more, or a matter only told of leaves the yes standing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OTHER_MATTER = [
    "Ja, gerne! Dienstag passt für die Vorstandssitzung.",
    "Ja! Dienstag passt für die Vorstandssitzung.",
    "Yes, gladly! Tuesday works for the board meeting.",
    "Oui, avec plaisir ! Mardi me convient pour la réunion du comité.",
    "Sí, con gusto. El martes me va bien para la reunión de la junta.",
    "Sim, com prazer! Terça serve para a reunião da direção.",
    "Ndiyo, kwa furaha! Jumanne inanifaa kwa mkutano wa kamati.",
]


@pytest.mark.parametrize("text", OTHER_MATTER)
def test_a_yes_beside_another_matters_time_answers_that_matter(text: str) -> None:
    assert classify_text(text) == "unclear"


STILL_YES = [
    "Yes please. Gavin could come to the residents meeting.",
    "Yes, happy to meet her. Tuesday works for the board meeting too.",
    "Yes, happy to. I have the board meeting on Tuesday, so Wednesday is better.",
    "Ja, gerne, stellen Sie den Kontakt her. Dienstag passt für die Vorstandssitzung.",
    "Yes, please put us in touch. Tuesday works for the board meeting.",
]


@pytest.mark.parametrize("text", STILL_YES)
def test_a_yes_of_its_own_or_a_matter_told_of_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"
