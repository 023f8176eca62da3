"""A date of what the writer is doing, in a sentence after a yes that then says the
timing suits ("I'm submitting in June so the timing is perfect", "donc le timing est
parfait", "así que el momento es perfecto", "das passt zeitlich perfekt", "por isso o
momento é perfeito"), tells why now suits and puts nothing off. A date in the yes's own
sentence, a meeting put to the date, a turn, a condition or a negation still wait."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

FITS = [
    "yes please!! that would be amazing, I'm submitting in June so the timing is\nperfect.",
    "Oui, avec plaisir ! Je soutiens ma thèse en juin, donc le timing est parfait.",
    "¡Sí, por favor! Entrego la tesis en junio, así que el momento es perfecto.",
    "Ja, sehr gerne! Ich gebe die Arbeit im Juni ab, das passt zeitlich perfekt.",
    "Sim, por favor! Entrego a tese em junho, por isso o momento é perfeito.",
]


@pytest.mark.parametrize("text", FITS)
def test_a_date_that_tells_why_now_suits_leaves_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


WAITS = [
    "Yes, in June, so the timing is perfect.",
    "Yes. We can meet in June so the timing is perfect.",
    "Yes please! I'm submitting in June so the timing is not perfect.",
    "Yes please! I'm submitting in June so the timing is perfect, if he can wait.",
    "Yes please! I'm submitting in June.",
    "Ja, sehr gerne! Ich gebe die Arbeit im Juni ab, das passt zeitlich perfekt, aber erst danach.",
]


@pytest.mark.parametrize("text", WAITS)
def test_a_date_put_to_the_meeting_or_doubted_still_waits(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
