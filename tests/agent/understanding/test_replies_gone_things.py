"""Something told of as gone ("a firm that no longer exists", "de esas que ya no
existen", "eine Firma, die es nicht mehr gibt") is a relative clause of a story, no
refusal beside the yes; a "ya no" said as an answer still refuses."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

GONE = [
    ("Yes, happy to. We met at a firm that no longer exists.", "yes"),
    ("Oui, avec plaisir. On a travaillé dans une boîte qui n'existe plus.", "yes"),
    ("¡Sí, claro! Trabajé con él en una empresa de esas que ya no existen.", "yes"),
    ("Ja, gerne. Wir waren bei einer Firma, die es nicht mehr gibt.", "yes"),
    ("Sim, claro. Trabalhamos numa empresa que já não existe.", "yes"),
    ("Ndiyo. Tulifanya kazi katika kampuni ambayo haipo tena.", "yes"),
    # Near-misses: a refusal said as such.
    ("Ya no.", "no"),
    ("Sí, claro. Ya no me interesa, perdona.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), GONE)
def test_a_thing_told_of_as_gone_refuses_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
