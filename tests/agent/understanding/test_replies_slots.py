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


OTHER_TIMES = [
    (
        "Happy to speak with him - Thursday 3pm works for me if that suits, otherwise any "
        "weekday after evening surgery (from 6.15).",
        "yes",
    ),
    (
        "Happy to speak with him - Thursday 3pm works for me, otherwise any weekday from 6.15.",
        "yes",
    ),
    ("Oui, avec plaisir. Jeudi 15h me convient, sinon tous les soirs après 18h.", "yes"),
    (
        "Con gusto. El jueves a las 15h me va bien, de lo contrario cualquier tarde a partir "
        "de las 18h.",
        "yes",
    ),
    ("Gerne. Donnerstag 15 Uhr passt mir, sonst jeden Abend ab 18 Uhr.", "yes"),
    ("Com prazer. Quinta às 15h dá para mim, senão às quartas depois das 18h.", "yes"),
    ("Ndiyo. Alhamisi saa 9 inanifaa, vinginevyo siku yoyote baada ya saa 12.", "yes"),
    # Near misses: no time after the "otherwise", a refusal, a negation, a condition, a
    # question or a doubt instead of the yes; "from 6.15" alone still puts the yes off.
    (
        "Happy to speak with him - Thursday 3pm works for me, otherwise any weekday after "
        "evening surgery.",
        "unclear",
    ),
    ("Sure - Thursday 3pm works, otherwise not before March.", "unclear"),
    ("Sure - Thursday 3pm works, otherwise maybe next year.", "unclear"),
    ("Sure - Thursday 3pm works, otherwise any weekday from 6.15 if he must.", "unclear"),
    ("Sure - Thursday 3pm works, otherwise Friday 5pm but not about sales.", "unclear"),
    ("Sure - Thursday 3pm works for me, otherwise any weekday from 6.15?", "unclear"),
    ("Maybe - Thursday 3pm works for me, otherwise any weekday from 6.15.", "unclear"),
    ("Happy to speak with him from 6.15.", "unclear"),
    ("Gerne. Donnerstag 15 Uhr passt mir, sonst nicht vor März.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), OTHER_TIMES)
def test_another_time_offered_after_otherwise_puts_nothing_off(text: str, answer: str) -> None:
    # "otherwise any weekday (from 6.15)": another slot for the meeting agreed to; its
    # "from" times that slot, not the yes.
    assert classify_text(text) == answer
