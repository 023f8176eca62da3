"""Slang yeses of young writers: "say less", "deffo", Camfranglais "c'est good", "je
suis chaud", "tu peux me linker avec le gars", Sheng "niko down". Beside a refusal or a
doubt they are read as any yes is."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

SLANG = [
    ("say less, go ahead", "yes"),
    ("deffo!! thanks miss", "yes"),
    (
        "Ahh Armelle tu m'as vu! 😂😂 C'est good, je suis chaud, on est ensemble. Tu peux "
        "me linker avec le gars, je suis free ce weekend pour un call.",
        "yes",
    ),
    ("C'est good pour moi", "yes"),
    ("Je suis chaud !", "yes"),
    ("Freshi kabisa!! 🔥🔥 Niko down msee, mwambie anicheki tu.", "yes"),
    # Beside a refusal or a doubt.
    ("say less but not this month", "no"),
    ("C'est good mais pas avant mars.", "unclear"),
    ("Je suis chaud, si c'est payé.", "unclear"),
    ("Niko down lakini si sasa.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), SLANG)
def test_slang_yeses(text: str, answer: str) -> None:
    assert classify_text(text) == answer
