"""Knowing someone, a hedge ("I already know her": the introduction may be needless),
doubts nothing when the one known, named right after the knowing, is not the one asked
about (the other's firm, the one who suggested the introduction), in a reply that asks
for the introduction in so many words (one of the eager_requests, not negated, no
question mark). Knowing the one asked about, knowing with no ask, a question or a
negation still doubt or refuse."""

from __future__ import annotations

import pytest

from tests.agent.understanding.shared_inputs import reply_answer

# The subject names the one asked about: Neema Kileo.
KNOWN_AND_ASKED = [
    (
        "Anyway - yes, I know Linfield a little, we overlapped on a couple of funds years "
        "ago. Healthcare is very much where our heads are at the moment, so yes, by all "
        "means, introduce us.",
        "yes",
    ),
    ("Pode avançar, sem problema. Conheço a Beatriz há anos.", "yes"),
    ("Je connais déjà Sophie, c'est elle qui vous a parlé de moi. Présentez-nous.", "yes"),
    ("Ya conozco a Paco, él nos recomendó. Preséntanos, por favor.", "yes"),
    ("Namjua Juma, alinipendekeza. Tutambulishe.", "yes"),
    # The one asked about known; no ask; a question; a negation.
    ("I already know Neema. Yes please, connect us.", "unclear"),
    ("Conheço a Neema há anos. Pode avançar.", "unclear"),
    ("I know Linfield a little, we overlapped on a couple of funds.", "unclear"),
    ("I know Linfield a little - why introduce us?", "unclear"),
    ("I know Linfield a little. Please don't introduce us.", "no"),
]


@pytest.mark.parametrize(("body", "answer"), KNOWN_AND_ASKED)
def test_knowing_someone_else_beside_an_ask_for_the_introduction(body: str, answer: str) -> None:
    assert reply_answer(body) == answer
