"""A German yes verb put before its subject ("passt das") with a particle ("aber") and
adverbs between it and the "nicht" after it is negated: "Im Moment passt das aber leider
gar nicht" refuses. The other languages negate before the verb, or say it whole
("doesn't suit at all"); a bare "doesn't work for me" may rule out one day only, and a
yes beside a negated one stays unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REFUSALS = [
    ("Im Moment passt das aber leider überhaupt nicht, wir sind voll ausgebucht.", "no"),
    ("Hallo, danke! Derzeit passt das aber gar nicht.", "no"),
    ("Das passt aber wirklich nicht.", "no"),
    ("At the moment that unfortunately doesn't suit at all, we're fully booked.", "no"),
    ("Thanks - right now it doesn't work for us at all.", "no"),
    ("En ce moment, ça ne nous convient malheureusement pas du tout.", "no"),
    ("Ahora mismo no me viene nada bien, estamos completos.", "no"),
    ("Neste momento não dá mesmo, estamos lotados.", "no"),
    ("Kwa sasa haiwezekani kabisa, tumejaa.", "no"),
]

NEAR_MISSES = [
    # A yes beside the negated one, or a day ruled out: unclear.
    ("Ja, gerne. Freitags passt das aber nicht.", "unclear"),
    ("Ja, passt aber nicht diese Woche.", "unclear"),
    ("Ja gerne, passt das Ihnen?", "unclear"),
    ("Passt das nicht?", "unclear"),
    ("Das passt mir gut, aber nicht am Freitag.", "unclear"),
    ("Yes, happy to. Tuesday doesn't work for me, but Wednesday does.", "unclear"),
    ("Yes, happy to. Fridays don't suit me at all, but any other day is fine.", "unclear"),
    # Still yes.
    ("Ja, das passt aber gut!", "yes"),
    ("Ja, passt mir sehr gut.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), REFUSALS + NEAR_MISSES)
def test_negation_after_a_particle(text: str, answer: str) -> None:
    assert classify_text(text) == answer
