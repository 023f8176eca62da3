"""Wondering why the writer was chosen ("I'm not sure why Karen thought of me", "je ne sais
pas trop pourquoi Claire a pensé à moi", "no sé muy bien por qué Ana pensó en mí") is
modesty, and "there's no harm in a chat" (ça ne coûte rien, no se pierde nada, kann ja
nicht schaden, não custa nada, haina madhara) leans to yes: neither doubts the yes. A
doubt about the meeting, or a second doubt, still does."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CHOSEN = [
    ("Not sure why Karen picked me, but there's no harm in a chat, so yes, go ahead.", "yes"),
    ("Je ne sais pas trop pourquoi Claire a pensé à moi, mais oui, volontiers.", "yes"),
    ("No sé muy bien por qué Ana pensó en mí, pero sí, encantado.", "yes"),
    ("Ich weiß nicht genau, warum Jana an mich gedacht hat, aber ja, gerne.", "yes"),
    ("Não sei bem por que a Ana pensou em mim, mas sim, com prazer.", "yes"),
    ("Sijui kwa nini Amina alinifikiria, lakini ndiyo, nakubali.", "yes"),
    ("Oui. Ça ne coûte rien d'en parler.", "yes"),
    ("Ja. Ein Gespräch kann ja nicht schaden.", "yes"),
    ("Sim. Não custa nada conversar.", "yes"),
    # Near-misses: the doubt is about meeting, or the writer doubts more than the choice.
    ("I'm not sure why we'd meet, but yes.", "unclear"),
    ("I'm not sure she thought of me, but yes.", "unclear"),
    ("Not sure why Karen picked me, and not sure I have time. Yes, maybe.", "unclear"),
    ("No sé por qué pensó en mí. No me interesa.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), CHOSEN)
def test_wondering_why_one_was_chosen_doubts_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
