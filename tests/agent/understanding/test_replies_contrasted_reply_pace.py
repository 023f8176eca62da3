"""A contrast that opens the writer's note on their own replying after a go-ahead
("Go ahead, though I might be slow to reply") sets that pace against the go-ahead and
limits nothing: the reply is yes ("Oui, allez-y - mais je serai lent à répondre"). A
contrast before a date the writer is away, a limit on meeting, someone else's slowness
or no go-ahead still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CONTRASTED_PACE = [
    ("plese go ahead - though I'm on nights till Sunday so might be slow to reply.", "yes"),
    ("Go ahead, but I may be slow to respond.", "yes"),
    ("Adelante, aunque tardaré en responder.", "yes"),
    ("Nur zu, aber ich antworte vielleicht langsam.", "yes"),
    ("Endelea, lakini nitachelewa kujibu.", "yes"),
    # The writer saying they will be slow, in the other languages.
    ("Oui, allez-y, mais je serai un peu lente à répondre ces jours-ci.", "yes"),
    ("Allez-y, je vais mettre du temps à répondre cette semaine.", "yes"),
    ("Sí, adelante, pero voy a tardar un poco en contestar.", "yes"),
    ("Ja, nur zu - aber ich werde etwas langsamer antworten.", "yes"),
    ("Sim, pode avançar, mas vou demorar um pouco para responder.", "yes"),
    # Someone else slow, or no go-ahead: still a doubt.
    ("Allez-y, mais il sera lent à répondre.", "unclear"),
    ("Oui, mais je serai lent à répondre.", "unclear"),
    ("Sim, mas vou demorar para responder.", "unclear"),
    # A date the writer is away, or a limit, still doubts.
    ("Please go ahead, but I'm away until the 12th.", "unclear"),
    ("Go ahead, but I can only meet from January.", "unclear"),
    ("Yes, though I'm away until the 12th.", "unclear"),
]


@pytest.mark.parametrize(("text", "expected"), CONTRASTED_PACE)
def test_contrasted_reply_pace_is_a_note(text: str, expected: str) -> None:
    assert classify_text(text) == expected
