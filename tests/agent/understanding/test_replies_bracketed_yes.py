"""A one-word yes opening a bracket after a refusal, owning up to the writer's own aside
("I'd love to, but I can't: I'm abroad all March (yes, again)."), takes nothing of the
refusal back. A bracket holding more, asking, or a yes with no refusal before it reads
as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "I'd love to, but I can't: my visa runs out in May (yes, really).",
        "J'adorerais, mais je ne peux pas : je déménage en mars (oui, encore une fois).",
        "Me encantaría, pero no puedo: me mudo en marzo (sí, otra vez).",
        "Adoraria, mas não vai dar: estou de mudança em março (sim, de novo).",
        "Ningependa, lakini siwezi: nahamia Arusha mwezi ujao (ndiyo, tena).",
    ],
)
def test_a_bracketed_yes_after_a_refusal_is_an_aside(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("bracketed-yes:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I can't right now (yes, go ahead later).", "unclear"),
        ("I can't right now (yes?)", "unclear"),
        ("No (yes).", "unclear"),
        ("Happy to (yes, really).", "yes"),
        ("(Yes, go ahead.)", "yes"),
    ],
)
def test_other_brackets_read_as_before(text: str, expected: str) -> None:
    assert read_answer(text)[0] == expected
