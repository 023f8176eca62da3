"""Refraining with a word or two inside the German separable verb ("Ich sehe deshalb
lieber davon ab", "sehe ich daher lieber davon ab") refuses, as "sehe davon ab" does, and
so do its kin elsewhere ("I'd rather refrain", "je préfère donc m'abstenir", "prefiero
abstenerme", "prefiro abster-me", "ni bora nisiendelee"). "davon absehen, ihn anzurufen"
after a yes is another matter's refraining and leaves the reply unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "danke, dass Sie an mich gedacht haben.\n\nAber ich glaube, ich bin da nicht die "
        "Richtige. Ich möchte es nicht in einem Buch wiederfinden, auch nicht anonymisiert. "
        "Ich sehe deshalb lieber davon ab und hoffe, Sie verstehen das.\n\nWir sehen uns ja "
        "beim Supervisionsabend am 3. Juni.",
        "no",
    ),
    ("Ich sehe daher lieber davon ab.", "no"),
    ("Thanks for thinking of me. I'm not the right person. I'd rather refrain.", "no"),
    ("Merci d'avoir pensé à moi. Je préfère donc m'abstenir.", "no"),
    ("Gracias por pensar en mí. No soy la persona indicada. Por eso prefiero abstenerme.", "no"),
    ("Obrigada por ter pensado em mim. Por isso prefiro abster-me.", "no"),
    ("Asante kwa kunifikiria. Nadhani si mtu sahihi. Ni bora nisiendelee.", "no"),
    # Near-misses: a yes beside it, or no refraining at all.
    ("Ja, gern. Ich sehe deshalb lieber davon ab, ihn anzurufen, und schreibe ihm.", "unclear"),
    ("Ich glaube, ich bin da nicht die Richtige.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_split_refraining_refuses(text: str, answer: str) -> None:
    assert classify_text(text) == answer
