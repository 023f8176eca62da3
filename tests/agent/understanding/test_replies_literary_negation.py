"""Formal French drops "pas" after "pouvoir" and "savoir" ("je ne puis donner suite", "je
ne saurais accepter"): the refusal reads as "je ne peux pas donner suite" does, while "je
ne puis qu'accepter" refuses nothing and a refusal with a later yes stays unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Compte tenu de mes fonctions, je ne puis donner suite à cette proposition de"
            " mise en relation.",
            "no",
        ),
        ("Je ne saurais accepter cette mise en relation.", "no"),
        ("Je ne puis y donner suite, hélas.", "no"),
        ("Je ne saurais y donner suite.", "no"),
        # "ne ... que" says only, no refusal; a later yes leaves it open.
        ("Oui, je ne puis qu'accepter.", "yes"),
        ("Je ne puis donner suite immédiatement, mais volontiers en mars.", "unclear"),
    ],
)
def test_a_formal_french_negation_without_pas_refuses(text: str, answer: str) -> None:
    assert classify_text(text) == answer
