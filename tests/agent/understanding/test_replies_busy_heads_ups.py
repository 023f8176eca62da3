"""A heads-up of being busy for now, in a sentence of its own after a yes: the yes
stands (reply_busy_heads_ups)."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Sure, go ahead. I'm swamped this week though.",
        "Yes! Swamped this week though.",
        "Happy to. Bit busy at the moment though.",
        "Sounds good. I am, however, swamped right now.",
        "Oui, avec plaisir. Je suis débordée cette semaine par contre.",
        "Oui, vas-y. En ce moment, cependant, je suis sous l'eau.",
        "Sí, claro. Estoy a tope esta semana, eso sí.",
        "Sí, adelante. Esta semana, sin embargo, ando liada.",
        "Ja, gerne. Bin diese Woche allerdings im Stress.",
        "Passt, mach ma. Bin die Woche aber im Lesestress.",
        "Sim, claro. Estou atolada esta semana, no entanto.",
        "Sim, pode. Esta semana, porém, estou atolado.",
        "Ndiyo, sawa. Nimebanwa wiki hii hata hivyo.",
        "Ndiyo, karibu. Nina shughuli nyingi kwa sasa, hata hivyo.",
    ],
)
def test_busy_for_now_after_a_yes_keeps_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # No yes before it.
        ("Swamped, sorry.", "no"),
        ("I'm swamped this week though.", "no"),
        ("Je suis débordée cette semaine par contre.", "no"),
        # The contrast in the yes's own sentence, or opening the heads-up.
        ("Sure, but I'm swamped", "no"),
        ("Sure, but I'm swamped this week", "no"),
        ("Ja, gerne. Aber ich bin diese Woche im Stress.", "no"),
        # No near time, or a refusal of the timing.
        ("Sure. I'm swamped though.", "no"),
        ("Sure. I'm swamped though, so not this month.", "no"),
        ("Sure. I'm swamped this week though, so I'll pass.", "no"),
        ("Sure. I'm swamped this week though. Can't do it.", "no"),
        ("Sure. Swamped this week though, so probably not.", "no"),
        # An open contrast closing the sentence leaves a thought unsaid.
        ("Sure. I'm swamped this week, however.", "unclear"),
        ("Sim, claro. Estou atolada esta semana, porém.", "unclear"),
        ("Sí, claro. Estoy a tope esta semana, sin embargo.", "unclear"),
        ("Ndiyo, sawa. Nimebanwa wiki hii lakini.", "unclear"),
        # A negation, a condition, a question, an apology or a doubt.
        ("Sure. I'm not swamped this week though.", "unclear"),
        ("Sure. If I'm swamped this week though.", "unclear"),
        ("Sure. Am I swamped this week though?", "unclear"),
        ("Sure. I'm swamped this week though. Who is he?", "unclear"),
        ("Yes! Swamped this week though, sorry.", "no"),
        ("Maybe. I'm swamped this week though.", "no"),
        ("Not sure. I'm swamped this week though.", "no"),
        ("No. I'm swamped this week though.", "no"),
    ],
)
def test_near_misses_keep_their_reading(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
