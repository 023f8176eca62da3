"""A one-word yes right after a possessive, a word after it in its clause, names a thing
the writer has ("I write my NP exam in February", "their OK button"), no answer: it
neither says yes nor stands against a refusal. "You have my yes." closes its clause and
still answers; "np thanks" and "Sure, np!" have no possessive before it."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "I'd love to, honestly. But I can't. I'm on nights until January and I write my "
            "NP exam in February, so every spare hour goes into studying.",
            "no",
        ),
        ("Sorry, I can't. Our OK button on the rota app is broken, by the way.", "no"),
        ("I have my NP exam in February.", "unclear"),
    ],
)
def test_a_yes_word_after_a_possessive_names_a_thing(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    "text",
    ["np", "np thanks", "Sure, np!", "You have my yes.", "ok np", "NP!"],
)
def test_a_yes_word_with_no_possessive_before_it_still_answers(text: str) -> None:
    assert read_answer(text)[0] == "yes"
