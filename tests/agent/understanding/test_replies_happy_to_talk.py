"""Being happy to talk with the one asked about or to help ("¡Feliz de conversar con
él!", "Feliz em conversar com ele!") says yes, and a purpose of sparing mail ("así no nos
perdemos en correos") doubts nothing; being happy to hear from someone says nothing, and
the same words negated or held back still refuse or doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

HAPPY = [
    "¡Feliz de conversar con él! Que agende directo acá, así no nos perdemos en correos:\n"
    "https://calendar.app.google/rZ8vKq3TnW2xYpL57",
    "Feliz de ayudar, preséntanos.",
    "Feliz em conversar com ele! Pode apresentar.",
    "Feliz em ajudar.",
]


@pytest.mark.parametrize("text", HAPPY)
def test_happy_to_talk_or_help_is_yes(text: str) -> None:
    assert classify_text(text) == "yes"


NEAR_MISSES = [
    ("¡Feliz de saber de ti! ¿Quién es él?", "unclear"),
    ("Feliz de conversar con él, pero no este mes.", "unclear"),
    ("No estaría feliz de conversar con él.", "no"),
    ("Feliz em saber de você! Quem é ele?", "unclear"),
    ("Não ficaria feliz em conversar com ele.", "no"),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_reading(text: str, expected: str) -> None:
    assert classify_text(text) == expected
