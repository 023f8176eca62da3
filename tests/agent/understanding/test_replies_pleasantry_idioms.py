"""Set phrases that hold a refusal's or a doubt's words but wish well or praise:
"no hard feelings" ("sin rencores", "nichts für ungut", "sem ressentimentos", "hakuna
kinyongo") refuses nothing, and "X is kind of my thing" doubts nothing. Alone they
answer nothing, and a refusal beside them still refuses."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. No hard feelings about last time!",
        "Sí, encantada. Sin rencores por lo de la última vez.",
        "Ja, gerne. Nichts für ungut wegen letztem Mal!",
        "Sim, com prazer. Sem ressentimentos pela última vez.",
        "Ndiyo, nitafurahi. Hakuna kinyongo kuhusu mara ya mwisho.",
        "anyway yes, intro me pls, I'm in. workshops are kind of my thing now.",
        "Yes, happy to. Workshops are kinda my thing.",
    ],
)
def test_the_idiom_leaves_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("No thanks, no hard feelings!", "no"),
        ("No hard feelings.", "unclear"),
        ("Yes, I'm kind of busy though.", "unclear"),
    ],
)
def test_beside_a_refusal_or_alone(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
