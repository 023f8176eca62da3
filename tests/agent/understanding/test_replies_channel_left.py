"""In a note after a yes on how to reach the writer, a contrast that turns only to leaving
the choice of channel to the others ("Texting is faster but I'll let you sort that out",
"mais je vous laisse voir", "aber das überlasse ich euch") closes the note, and restricts
nothing. One that leaves something more open than the channel ("it's up to you whether
we meet at all"), one that puts off ("I'll let you know") and a contrast in the yes's own
sentence still count."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CHANNEL_LEFT = [
    ("Sure thing. Email works, though a call is quicker - but I'll let you two sort it.", "yes"),
    (
        "Oui, avec plaisir. Je réponds lentement aux mails, un SMS est plus rapide, mais je "
        "vous laisse voir.",
        "yes",
    ),
    (
        "Sí, encantado. Por correo contesto tarde y por WhatsApp antes, pero lo dejo a su "
        "criterio.",
        "yes",
    ),
    ("Ja, gerne. Anrufe erreichen mich schneller als Mails, aber das überlasse ich euch.", "yes"),
    ("Sim, com prazer. O WhatsApp é mais rápido que o e-mail, mas deixo com vocês.", "yes"),
    ("Ndiyo, karibu. Simu ni haraka kuliko barua pepe, lakini nawaachia.", "yes"),
    # Near-misses.
    ("Sure. Email is quickest, but it's up to you whether we meet at all.", "unclear"),
    ("Sure. Texting is faster but I'll let you know.", "unclear"),
    ("Sure, but it's up to you.", "unclear"),
    ("No thanks. Texting is faster but I'll let you sort that out.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), CHANNEL_LEFT)
def test_a_channel_left_to_the_others_restricts_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
