"""After a yes, a German note on where the writer is, the subject left out and times
between the lead's words ("Bin unter der Woche abends meistens im Proberaum"), with the
contrast inside the reach that follows ("Handy ist aber immer an"), is the writer's
whereabouts: the yes stands. A state instead of a place ("im Zweifel"), a negated reach,
a condition or a question still doubt, and without a yes nothing is said."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "Klar, warum nicht! Bin gespannt, Mia hat schon von dem Chor erzählt. Bin unter der "
        "Woche abends meistens im Proberaum, Handy ist aber immer an.",
        "yes",
    ),
    ("Klar! Bin abends im Proberaum, Handy ist aber immer an.", "yes"),
    ("Gerne! Ich bin vormittags im Labor, Handy ist aber immer an.", "yes"),
    # Near-misses.
    ("Klar! Bin unter der Woche abends meistens im Zweifel, Handy ist aber immer an.", "unclear"),
    ("Klar! Bin abends im Proberaum, Handy ist aber nicht immer an.", "unclear"),
    ("Klar! Bin abends im Proberaum, Handy ist aber immer an, falls er seriös ist.", "unclear"),
    ("Klar! Bin abends im Proberaum, aber ob ich Zeit habe, weiß ich nicht.", "unclear"),
    ("Klar! Bin abends im Proberaum, Handy ist aber immer an. Wer ist sie?", "unclear"),
    ("Bin abends im Proberaum, Handy ist aber immer an.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_a_place_with_the_subject_left_out_is_whereabouts(text: str, answer: str) -> None:
    assert classify_text(text) == answer
