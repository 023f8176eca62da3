"""After a yes, a likelihood hedge in a clause that names a format of the talk or a time
of the day ("probably a call in the evening", "probablement un call le soir") guesses
how or when the two will talk, not whether: the yes stands. "Probably" alone, a guess
beside a condition, a turn or a negator, and the other hedges ("maybe") still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

GUESSED = [
    "Yes, glad to. Probably a quick video call one evening, given my diary.",
    "Sure thing, most likely a phone call in the afternoon.",
    "Oui avec plaisir, probablement une visio en fin de journée vu mon agenda.",
    "Oui volontiers, probablement un appel le matin.",
    "Sí, con gusto, probablemente una videollamada por la tarde.",
    "Claro que sí, probablemente un café el lunes.",
    "Ja, sehr gerne, wahrscheinlich ein kurzes Telefonat abends.",
    "Sim, claro, provavelmente uma videochamada à noite.",
    "Ndiyo, nitafurahi, pengine tuongee kwa simu jioni.",
]


@pytest.mark.parametrize("text", GUESSED)
def test_a_guessed_format_or_time_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


DOUBTS = [
    # Nothing guessed: the yes itself is only likely.
    "Yes, probably.",
    "Probably yes, a call in the evening.",
    # A negator, a condition or a turn in the clause.
    "Yes, probably not a call.",
    "Oui, probablement pas d'appel.",
    "Yes, probably a call if he insists.",
    "Yes, but probably only a call.",
    # Another hedge is no guess.
    "Yes, maybe a call in the evening.",
    "Sí, quizá una llamada por la tarde.",
]


@pytest.mark.parametrize("text", DOUBTS)
def test_other_likelihoods_stay_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"
