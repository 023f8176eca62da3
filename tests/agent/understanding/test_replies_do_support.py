"""An English do-support yes ("please do") that runs into another verb, no pause between,
asks for that deed and answers nothing: "Please do send me her CV first", "Please do tell
Anna I said hi", "Please do give Anna my best" are unclear. Before a pause, an emoji or a
go-ahead word ("so", "it", "introduce", "connect", "pass", "put") it still answers."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    # A deed asked for, not the introduction: no answer.
    ("Please do send me her CV first.", "unclear"),
    ("Please do tell Anna I said hi.", "unclear"),
    ("Please do give Anna my best.", "unclear"),
    ("Oh please do remind me who she is?", "unclear"),
    # The go-ahead itself stands.
    ("Please do.", "yes"),
    ("Please do!", "yes"),
    ("Please do 🙂", "yes"),
    ("Please do so, thanks.", "yes"),
    ("Please do introduce us.", "yes"),
    ("Please do connect us, happy to help.", "yes"),
    ("Please do pass on my email.", "yes"),
    ("Please do put us in touch.", "yes"),
    ("Please do go ahead.", "yes"),
    ("Please do, and tell Anna I said hi.", "yes"),
    # A yes of its own before the deed still answers.
    ("Yes! Please do tell Anna I said hi.", "yes"),
    ("Happy to. Please do give Anna my best.", "yes"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_do_support_run_into_another_verb_answers_nothing(text: str, want: str) -> None:
    assert classify_text(text) == want
