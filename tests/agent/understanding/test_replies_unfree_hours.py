"""After a yes, a negated clause that only tells the hours the writer is not free ("Not
free weekends tho", "Am Wochenende bin ich nicht erreichbar") is an aside, as "evenings
are best" is, no negation of the yes; a clause that says more still negates, and a
condition beside it still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

UNFREE_HOURS = [
    ("No problem, go ahead. Not free weekends tho", "yes"),
    ("Sure. I'm not free on weekends though.", "yes"),
    ("Ja, gerne. Am Wochenende bin ich nicht erreichbar.", "yes"),
    ("Klar. Abends bin ich meistens nicht da.", "yes"),
    # Near-misses: a condition, a refusal, or a clause that says more.
    ("No problem, go ahead. Not free weekends, and only if he's not a recruiter", "unclear"),
    ("Sure. Not free to meet him on weekends.", "unclear"),
    ("Sure. Not free weekends, not interested really.", "unclear"),
    ("Sure. Not weekends.", "unclear"),
    ("Sure. Not free weekends if he's a recruiter.", "unclear"),
    ("Ja, gerne. Abends bin ich nicht frei für ihn.", "unclear"),
    ("Klar, warum nicht? Wer ist er? Abends bin ich nicht erreichbar.", "unclear"),
    ("Not free weekends.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), UNFREE_HOURS)
def test_unfree_hours_are_an_aside(text: str, answer: str) -> None:
    assert classify_text(text) == answer
