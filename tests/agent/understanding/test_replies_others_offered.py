"""A yes offered to someone else after the writer's own refusal ("No thanks. Happy to talk
to someone else she has in mind", "Non merci. Volontiers pour quelqu'un d'autre") answers
another question than the one asked: the refusal stands. With no refusal before, with the
one asked in the offer, or after a double negative ("I can't say no to Olivia"), the yes
reads as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REFUSALS = [
    "Sorry, that one is a no from me. Glad to talk to anyone else Jo suggests.",
    "Not for me, thanks.\n\nHappy to help with somebody else though.",
    "I'd rather not. Glad to meet anyone else Sam suggests.",
    "Non merci. Volontiers pour quelqu'un d'autre.",
    "No, gracias. Con gusto hablo con otra persona.",
    "Nein danke. Gerne mit jemand anderem.",
    "Não, obrigada. Com prazer falo com outra pessoa.",
    "Hapana, asante. Niko tayari kuzungumza na mtu mwingine.",
]

NEAR_MISSES = [
    ("Happy to talk to him, and anyone else too.", "yes"),
    ("No problem at all, happy to talk to him or anyone else.", "yes"),
    ("Why not! Happy to talk to anyone else too.", "yes"),
    ("I can't say no to Priya. Glad to talk to anyone else Jo suggests too.", "unclear"),
    ("I'm not sure. Glad to talk to anyone else Jo suggests.", "unclear"),
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_yes_to_someone_else_leaves_the_refusal(text: str) -> None:
    assert classify_text(text) == "no"


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_reading(text: str, expected: str) -> None:
    assert classify_text(text) == expected
