"""A word of yes stretched in excitement, a letter written three times or more in a row
("YESSSS", "ouiii", "síii", "jaaa", "simmm", "ndiyooo"), says yes as the word does; what
stands beside it still decides ("yesss but not now" refuses). Only the listed words are
read so: a stretched "suuure" or "okaaay" may mock or hesitate, and a letter written
twice may make another word ("jaa", Swahili "fill")."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

STRETCHED = [
    ("YESSSS 🔥🔥🔥 PLEASE PLEASE PLEASE", "yes"),
    ("yesssss!! pleeease", "yes"),
    ("Ouiii avec plaisir !!", "yes"),
    ("Síii, claro!!", "yes"),
    ("Siiii!! 😍", "yes"),
    ("Jaaa gerne!", "yes"),
    ("Simmm, pode apresentar!", "yes"),
    ("Ndiyooo! Nitafurahi.", "yes"),
    ("Sawaaa, endelea.", "yes"),
    # What stands beside the stretched yes still decides.
    ("yesssss but not now", "no"),
    ("Ouiii mais pas avant mars", "unclear"),
    ("Jaaa, aber nur wenn er zahlt.", "unclear"),
    # Near-misses: a word not listed, or a letter written only twice.
    ("suuure", "unclear"),
    ("okaaay...", "unclear"),
    ("jaa fomu", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), STRETCHED)
def test_a_stretched_yes_is_read_as_the_word(text: str, answer: str) -> None:
    assert classify_text(text) == answer
