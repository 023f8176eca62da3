"""A long mail's late yes is set aside as a story's, but one that shares its sentence
with a refusal and, kept, would leave the answer open ("So I won't say no, and I can't
quite say yes.") was weighed against it: unclear, not no. A late "I'd love to, but I
can't" and a late plain refusal still refuse."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

_STORY = (
    "I served as a padre with the battalion for six years and did two tours abroad. Since"
    " retiring to the parish here I have been asked many times to talk about it for one"
    " book or another. The first time it went well. The second time I found my words used"
    " in a way I did not recognise, and I spent a bad winter afterwards. Sue knows all"
    " this, and I trust her judgement. I am 71, my heart is not what it was, and Advent is"
    " the busiest season of my year. "
) * 3


def test_a_late_yes_weighed_against_a_refusal_leaves_it_open() -> None:
    text = f"{_STORY}\n\nSo I won't say no, and I can't quite say yes. Let me pray on it."
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    "ending",
    [
        "So I'd love to, but I can't.",
        "So I'm happy to, but I can't before January.",
        "So no, I can't do it, I'm sorry.",
        "So no, I won't say yes to this one.",
    ],
)
def test_a_late_refusal_still_refuses(ending: str) -> None:
    assert classify_text(f"{_STORY}\n\n{ending}") == "no"


def test_a_late_yes_alone_stays_set_aside() -> None:
    # The story's yes is no answer, nor is it a refusal.
    assert classify_text(f"{_STORY}\n\nAnyway, I said yes to the first one.") == "unclear"
