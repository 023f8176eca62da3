"""A refusal given after weighing it up, its verb's particle parted from it by an adverb
("Ich sage deshalb ab", "Ich lehne leider ab", "Deshalb sage ich ab", "Ich sage also
lieber ab"), or the French "refuser" after a modal ("Je dois donc refuser", "Je refuse
donc"), refuses as the plain verb does. "Ich sage nicht ab" and "aucune raison de
refuser" do not."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    ("Ich habe lange hin und her überlegt. Ich sage deshalb ab.", "no"),
    ("Nach reiflicher Überlegung lehne ich dankend ab.", "no"),
    ("Das wäre mir zu heikel. Deshalb sage ich ab, nichts für ungut.", "no"),
    ("Ich lehne leider ab.", "no"),
    ("Ich sage also lieber ab.", "no"),
    ("J'ai bien réfléchi, je dois donc refuser.", "no"),
    ("Je dois malheureusement refuser pour le moment.", "no"),
    ("Après réflexion, je refuse donc, sans rancune.", "no"),
]

NEAR_MISSES = [
    ("Ich sage nicht ab, ich freue mich darauf.", "yes"),
    ("Je ne vois aucune raison de refuser, avec plaisir.", "yes"),
    ("Comment pourrais-je refuser ? Avec plaisir.", "yes"),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_considered_refusals(text: str, expected: str) -> None:
    assert classify_text(text) == expected
