"""Declining as not fitting the writer's position ("I don't think it would be appropriate
for me to meet with any vendor while the review is open", "ce ne serait pas approprié",
"es wäre nicht angebracht") refuses, in the six languages; said of refusing, beside a
yes, or of a time, it refuses nothing plainly."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

NOT_APPROPRIATE = [
    (
        "Under our conflict-of-interest policy I don't think it would be appropriate for me "
        "to meet with any vendor in that space while the review is open. I hope you and "
        "Mr. Whitaker will understand.",
        "no",
    ),
    ("It wouldn't be appropriate for me to meet with any vendor.", "no"),
    ("I don't think it would be right for me to meet him.", "no"),
    ("Ce ne serait pas approprié que je le rencontre.", "no"),
    ("Es wäre nicht angebracht, ihn zu treffen.", "no"),
    ("Ich denke nicht, dass es angebracht wäre, ihn zu treffen.", "no"),
    ("No sería apropiado reunirme con él.", "no"),
    ("Não seria apropriado encontrar-me com ele.", "no"),
    ("Haitakuwa sahihi kwangu kukutana naye.", "no"),
    # Said of refusing beside a yes, or of a time beside a yes: no plain refusal.
    ("Yes, happy to, it wouldn't be appropriate for me to refuse.", "unclear"),
    ("I don't think it would be appropriate to meet before March, but yes.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_APPROPRIATE)
def test_not_appropriate_for_the_writer_refuses(text: str, answer: str) -> None:
    assert classify_text(text) == answer
