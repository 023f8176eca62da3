"""An hour of the day said to suit best after a deferral lead ("after 3 is best", "after
4pm works best 👍"): when the writer is easiest to reach, no yes put off. A date, a span
or a clause that goes on with anything else still puts the yes off."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

PREFERRED_HOURS = [
    ("Yes, happy to. Lunchtimes are mad here so after 3 is best.", "yes"),
    ("Sure, pass my details on. After 4pm works best 👍", "yes"),
    ("Yes please. After 4 pm is best.", "yes"),
    ("Sí, claro, a partir de las 5 es mejor.", "yes"),
    ("Sim, claro, depois das 15h é melhor.", "yes"),
    ("Oui, volontiers, après 15h c'est mieux.", "yes"),
    # Near misses: a date, a count of days, a bare hour or a clause that goes on still
    # put the yes off, and a refusal still turns.
    ("Yes, after the 20th is best.", "unclear"),
    ("Yes, after April is best.", "unclear"),
    ("Yes, after 10 days is best.", "unclear"),
    ("Yes, after 3.", "unclear"),
    ("Yes, after 3 is best, once the harvest is in.", "unclear"),
    ("Yes, after 3 is best but not this month.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), PREFERRED_HOURS)
def test_an_hour_said_to_suit_best_puts_nothing_off(text: str, answer: str) -> None:
    assert classify_text(text) == answer
