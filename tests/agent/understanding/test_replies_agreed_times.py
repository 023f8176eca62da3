"""A bare yes that agrees to a time of day, in its own sentence or the next ("Yes, Tuesday
at 7 is fine for me! I'll bring the raffle prizes"), answers another plan being made: the
opt-in question proposed no time, so the reply is unclear, never a yes to the
introduction. A yes of its own beside the time ("Yes, happy to be introduced. Tuesday at 7
works for a call"), a meeting word, the one asked about, a time with no hour or any other
word leave the yes as it was."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text, read_answer

AGREED = [
    "Yes, Tuesday at 7 is fine for me! I'll bring the raffle prizes and the float tin.",
    "Yes, Tuesday at 7 is fine for me!",
    "Yes! Tuesday at 7 works for me.",
    "Sure. 3pm works.",
    "Oui, mardi à 19h ça me va !",
    "Oui ! Mardi à 19h, parfait pour moi.",
    "Sí, el martes a las 7 me va bien.",
    "Ja, Dienstag um 19 Uhr passt mir.",
    "Sim, terça às 19h funciona para mim.",
    "Ndiyo, Jumanne saa 1 jioni inanifaa.",
]


@pytest.mark.parametrize("text", AGREED)
def test_a_bare_yes_to_a_time_of_day_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


STILL_YES = [
    # A yes of its own: the question answered, the time a note.
    "Yes, happy to be introduced. Tuesday at 7 works for a call",
    "Yes, happy to be introduced. Tuesday at 7 works for me.",
    "Yes, happy to. Tuesday at 7 works for me",
    "Yes! Tuesday at 7 works for me. Happy to meet Hannah too.",
    "Oui, avec plaisir. Mardi à 19h me va.",
    "Sí, encantado. El martes a las 7 me va bien.",
    "Ja, gerne. Dienstag um 19 Uhr passt mir.",
    "Sim, com prazer. Terça às 19h funciona para mim.",
    "Ndiyo, nafurahi kutambulishwa. Jumanne saa 1 jioni inanifaa.",
    # A meeting word: the time is for the meeting the introduction brings.
    "Yes! Thursday at 7:30 works for a call.",
    "Yes, Tuesday at 7 works for a call with Hannah.",
    "Oui, mardi à 19h pour un appel.",
    # No hour, or another word beside the time.
    "Yes! Thursday works for me.",
    "Yes, I'm free Tuesday at 7.",
]


@pytest.mark.parametrize("text", STILL_YES)
def test_a_yes_beside_a_time_stays(text: str) -> None:
    assert classify_text(text) == "yes"


def test_the_one_asked_about_named_beside_the_time_keeps_the_yes() -> None:
    answer, _ = read_answer("Yes, Tuesday at 7 with Hannah works for me.", asked="Hannah Osei")
    assert answer == "yes"


def test_a_time_asked_back_stays_unclear() -> None:
    assert classify_text("Yes, Tuesday at 7?") == "unclear"
