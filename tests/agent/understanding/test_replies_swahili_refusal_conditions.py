"""Swahili says "if he refuses" in one verb ("akikataa", "wakikataa"): a refusal on that
condition after a yes ("Ndiyo. Akikataa basi siwezi", as "Yes. If he refuses then I
can't") hangs on someone else's answer and leaves the reply unclear, no refusal."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "Ndiyo. Akikataa basi siwezi.",
        "Ndiyo, lakini nitamuuliza mwanangu kwanza kama anaweza kunipeleka. Akikataa basi siwezi.",
        "Yes, but I will ask my son first if he can drive me. If he refuses then I cannot.",
    ],
)
def test_a_refusal_on_someone_refusing_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


def test_a_plain_refusal_stays_one() -> None:
    assert classify_text("Hapana, siwezi.") == "no"
