"""A time word after a yes whose clause is the meeting itself having happened ("we can
sort that out once we've spoken", "una vez que hayamos hablado", "sobald wir gesprochen
haben", "assim que conversarmos", "une fois que nous aurons parlé") waits for what the
yes agrees to, as "once you've made the introduction" does: no condition. Reassurance
passed on to the other ("Tell Hannah not to worry about the deadline", "pas
d'inquiétude", "não precisa se preocupar", "usijali") negates nothing. A time of another
event, or a "once" beside a doubt, still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

AFTER_WE_SPEAK = [
    "I have no objection at all. Tell Hannah not to worry about the deadline, we can sort"
    " that out once we've spoken.",
    "Yes, happy to. We can go through the figures once we have met.",
    "Sí, claro. Lo del presupuesto lo vemos una vez que hayamos hablado.",
    "Oui, avec plaisir. Je lui enverrai le dossier une fois que nous aurons parlé.",
    "Ja, gerne. Die Details klären wir, sobald wir gesprochen haben.",
    "Sim, claro. O resto acertamos assim que conversarmos.",
]


@pytest.mark.parametrize("text", AFTER_WE_SPEAK)
def test_a_time_named_by_the_meeting_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


REASSURED = [
    "Yes, go ahead. Tell her not to worry about the paperwork.",
    "Oui, allez-y. Pas d'inquiétude pour le calendrier.",
    "Sim, pode apresentar. Ele não precisa se preocupar com o prazo.",
    "Ndiyo, nitafurahi. Mwambie asijali kuhusu muda.",
]


@pytest.mark.parametrize("text", REASSURED)
def test_reassurance_passed_on_negates_nothing(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTING = [
    "Yes, but I'll decide once we've spoken.",
    "Maybe. I'll decide once we've spoken.",
    "Yes, once we've spoken to legal.",
    "Yes, once my boss and I have spoken.",
    "Ja, sobald wir uns geeinigt haben.",
    "Sí, una vez que hayamos hablado con el abogado.",
]


@pytest.mark.parametrize("text", STILL_DOUBTING)
def test_a_time_of_another_event_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"


def test_worry_said_of_the_writer_still_doubts() -> None:
    assert classify_text("Yes, though I'm worried about the timing.") != "yes"
