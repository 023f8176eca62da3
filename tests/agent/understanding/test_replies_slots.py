"""Scheduling beside a clear yes is no condition: an "if" asking whether a time offered
fits the other ("I have 30 minutes free on Wednesday at 10:00 CET if that suits him"),
or an "otherwise" that has the meeting arranged another time ("Thursday 2-3pm ET works
on my side, otherwise my EA Karen can find another slot"), is about when the meeting
agreed to takes place. Without a yes, without a time offered, or with anything else
that doubts, refuses or asks in that sentence, the reply reads as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

SLOTS = [
    (
        "Absolutely, please put us in touch. I have 30 minutes free on Wednesday at "
        "10:00 CET if that suits him - feel free to pass it on.",
        "yes",
    ),
    (
        "Yes, happy to. Once you've connected us, ask her to send a calendar invite - "
        "Thursday 2-3pm ET works on my side, otherwise my EA Karen can find another slot.",
        "yes",
    ),
    ("Sure, happy to meet her. Tuesday at 3pm works for me, if that works for her.", "yes"),
    ("Oui, avec plaisir. Je suis libre mardi à 14h, si cela lui convient.", "yes"),
    ("Sí, con mucho gusto. Tengo un hueco el jueves a las 10:00, si le viene bien.", "yes"),
    ("Ja, gerne. Ich hätte am Donnerstag um 15 Uhr Zeit, wenn es ihm passt.", "yes"),
    ("Sim, com prazer. Tenho disponibilidade na quinta às 15h, se for bom para ele.", "yes"),
    ("Ndiyo, nitafurahi. Nipo Alhamisi saa 4 asubuhi, kama inamfaa.", "yes"),
    # Near misses: no time offered, no yes, a later time, a condition or a refusal
    # in the sentence, or a question.
    ("Sure, if that suits him.", "unclear"),
    ("I have 30 minutes free on Wednesday at 10:00 CET if that suits him.", "unclear"),
    ("Sure, next week if that suits you.", "unclear"),
    ("Yes. Thursday at 2pm if that suits him and if the budget is approved.", "unclear"),
    ("Yes. Thursday at 2pm works, otherwise no.", "unclear"),
    ("Yes. Thursday at 2pm works, otherwise my EA will decide whether I have time.", "unclear"),
    ("Yes. Could we do Thursday at 2pm if that suits him?", "unclear"),
    (
        "Sí, el jueves a las 10:00 si le viene bien, pero no antes de hablar con mi socio.",
        "unclear",
    ),
]


@pytest.mark.parametrize(("text", "answer"), SLOTS)
def test_a_time_offered_beside_a_yes_is_no_condition(text: str, answer: str) -> None:
    assert classify_text(text) == answer
