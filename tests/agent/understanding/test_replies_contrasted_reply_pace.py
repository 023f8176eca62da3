"""A contrast that opens the writer's note on their own replying after a go-ahead
("Go ahead, though I might be slow to reply") sets that pace against the go-ahead and
limits nothing: the reply is yes. A contrast before a date the writer is away, or a
limit on meeting, still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CONTRASTED_PACE = [
    ("plese go ahead - though I'm on nights till Sunday so might be slow to reply.", "yes"),
    ("Go ahead, but I may be slow to respond.", "yes"),
    ("Adelante, aunque tardaré en responder.", "yes"),
    ("Nur zu, aber ich antworte vielleicht langsam.", "yes"),
    ("Endelea, lakini nitachelewa kujibu.", "yes"),
    # A date the writer is away, or a limit, still doubts.
    ("Please go ahead, but I'm away until the 12th.", "unclear"),
    ("Go ahead, but I can only meet from January.", "unclear"),
    ("Yes, though I'm away until the 12th.", "unclear"),
]


@pytest.mark.parametrize(("text", "expected"), CONTRASTED_PACE)
def test_contrasted_reply_pace_is_a_note(text: str, expected: str) -> None:
    assert classify_text(text) == expected
