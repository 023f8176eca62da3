"""A bare yes beside an ask about another matter no introduction involves, a seat, a
ride, a table, tonight ("Yes, pick me up at 7", "Oui ! Tu peux me garder une place"),
confirms that matter: unclear. A yes of its own, a go-ahead, still answers ("Happy to!
Save me a seat tonight", "Vous pouvez me présenter", "send her my way")."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OTHER_ASKS = [
    ("Yes, pick me up at 7", "unclear"),
    ("yes, r u coming tonight", "unclear"),
    ("Sure, save me a seat.", "unclear"),
    ("Oui ! Tu peux me garder une place", "unclear"),
    ("Sí, guárdame un sitio.", "unclear"),
    ("Ja, hol mich um 7 ab.", "unclear"),
    ("Ja, halt mir einen Platz frei.", "unclear"),
    ("Sim! Guarda um lugar pra mim", "unclear"),
    ("Sim, me pega às 7.", "unclear"),
    ("Ndiyo, nishikie kiti.", "unclear"),
    # A yes of its own or a go-ahead beside it, or no such ask: as before.
    ("Happy to! Save me a seat tonight", "yes"),
    ("Yes, please connect us. Pick me up at 7.", "yes"),
    ("Yes, introduce us. See you tonight!", "yes"),
    ("Oui, vous pouvez me présenter.", "yes"),
    ("Yes, please connect us.", "yes"),
    ("Sure, send her my way.", "yes"),
    ("Sim, pode apresentar.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), OTHER_ASKS)
def test_a_bare_yes_beside_another_ask_confirms_that(text: str, answer: str) -> None:
    assert classify_text(text) == answer
