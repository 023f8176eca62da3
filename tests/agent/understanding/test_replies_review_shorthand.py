"""Code-review shorthand for approval ("LGTM", "SGTM") answers yes, with an emoji beside
it or not ("LGTM 🚢"); a turn, a condition or a negation beside it still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("LGTM 🚢", "yes"),
        ("LGTM", "yes"),
        ("lgtm, go ahead", "yes"),
        ("SGTM!", "yes"),
        # A turn, a condition or a negation beside it: as any yes.
        ("LGTM but not this month", "no"),
        ("LGTM if he's not a recruiter", "unclear"),
        ("not lgtm", "no"),
    ],
)
def test_review_shorthand_for_approval(text: str, answer: str) -> None:
    assert classify_text(text) == answer
