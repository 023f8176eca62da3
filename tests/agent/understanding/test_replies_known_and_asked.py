"""Knowing someone, a hedge ("I already know her": the introduction may be needless),
doubts nothing in a reply that asks for the introduction in so many words (one of the
eager_requests, not negated, no question mark): the writer wants it knowing whom they
know. Knowing alone, a wish to reconnect with no ask, a question or a negation still
doubt or refuse."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

KNOWN_AND_ASKED = [
    (
        "Anyway - yes, I know Linfield a little, we overlapped on a couple of funds years "
        "ago. Healthcare is very much where our heads are at the moment, so yes, by all "
        "means, introduce us.",
        "yes",
    ),
    ("Pode avançar, sem problema. Conheço a Beatriz há anos.", "yes"),
    ("Je connais déjà Sophie, nous avons travaillé ensemble. Présentez-nous quand même.", "yes"),
    ("Ya conozco a Paco. Preséntanos, por favor.", "yes"),
    ("Die kenne ich. Stellen Sie uns vor.", "yes"),
    ("Namjua. Tutambulishe.", "yes"),
    # Knowing alone, no ask; a reconnect with no ask; a question; a negation.
    ("I already know Bob, we worked together at Acme.", "unclear"),
    ("I already know Lena - we worked together at Stripe. Happy to reconnect though!", "unclear"),
    ("I already know him - why introduce us?", "unclear"),
    ("Je connais déjà Sophie. Pourquoi nous présenter ?", "unclear"),
    ("I already know him, no need to introduce us.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), KNOWN_AND_ASKED)
def test_knowing_beside_an_ask_for_the_introduction(text: str, answer: str) -> None:
    assert classify_text(text) == answer
