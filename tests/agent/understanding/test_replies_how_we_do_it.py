"""Seeing how to go about it ("on va voir comment on fait", "we'll see how we do it", "ya
veremos cómo lo hacemos", "wir sehen dann, wie wir das machen", "a gente vê como faz",
"tutaona jinsi ya kufanya") after a yes is an indirect question about the practical side:
no question back and no doubt; seeing how it goes, a question mark or a doubt beside it
still leave the yes unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "C'est good, go ahead! Tu peux give mon email au gars, on va see comment on fait.",
        "C'est bon, vas-y ! Tu peux donner mon email, on va voir comment on fait.",
        "Sure, go ahead. We'll see how we do it.",
        "Claro, adelante. Ya veremos cómo lo hacemos.",
        "Ja, gerne. Wir sehen dann, wie wir das machen.",
        "Sim, pode mandar. Vamos ver como a gente faz.",
        "Ndiyo, sawa. Tutaona jinsi ya kufanya.",
    ],
)
def test_seeing_how_to_go_about_it_keeps_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Maybe. We'll see how we do it.",
        "Sure. We'll see how it goes.",
        "Oui. On va voir comment on fait?",
        "Oui, mais on va voir comment on fait, je ne suis pas sûr.",
        "On va voir comment on fait.",
    ],
)
def test_near_misses_stay_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
