"""After a yes, a figure put right by another with a negator between ("it's 421 not
412", "600 123 421, no 600 123 412", "7712, não 7721") corrects a typo: the negation
refuses nothing. A negator with no figure on one side still leaves a yes unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "Yes please! My mobile is 07700 900421 (sorry - typo in the last one, it's 421 not 412!)",
        "yes",
    ),
    ("Oui, avec plaisir. Mon numéro est le 06 12 34 56 78, pas 06 12 34 56 87.", "yes"),
    ("Sí, claro. Mi móvil es 600 123 421, no 600 123 412.", "yes"),
    ("Ja, gerne. Meine Nummer ist 0176 5550 421, nicht 0176 5550 412.", "yes"),
    ("Sim, claro. O meu número é 84 555 7712, não 84 555 7721.", "yes"),
    # Near-misses: a negator with a word, not a figure, on one side; a refusal.
    ("Yes please. My number is 07700 900421, not now.", "unclear"),
    ("Yes please. 3 not now.", "unclear"),
    ("Sí, claro. Mi móvil es 600 123 421, no antes de marzo.", "unclear"),
    ("Sim, claro. O meu número é 84 555 7712, não antes de março.", "unclear"),
    ("Ja, gerne. Meine Nummer ist 0176 5550 421, nicht weitergeben bitte.", "unclear"),
    ("No. 421.", "no"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figure_corrections(text: str, expected: str) -> None:
    assert classify_text(text) == expected
