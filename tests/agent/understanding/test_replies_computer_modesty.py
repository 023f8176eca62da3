"""A writer modest about computers ("I'm not very quick with the computer", "je ne suis
pas très doué avec l'ordinateur", "no me llevo bien con la computadora", "ich bin nicht
so fit am Computer", "não sou muito bom com o computador", "mimi si hodari wa kompyuta"),
read whole, negates nothing beside a yes; any other negation, a refusal or a contrast
still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

MODEST = [
    (
        "Thank you so much for thinking of me. I would be delighted to be introduced to Mrs"
        " Okafor.\n\nI am not very quick with the computer, so please forgive me if this"
        " reply has gone to the wrong place.",
        "yes",
    ),
    ("Yes, happy to. I'm not good with computers, so a phone call would suit me better.", "yes"),
    ("Oui, avec plaisir. Je ne suis pas très doué avec l'ordinateur, pardonnez-moi.", "yes"),
    ("Sí, encantada. No me llevo bien con la computadora, disculpe.", "yes"),
    ("Ja, gerne. Ich bin nicht so fit am Computer, entschuldigen Sie.", "yes"),
    ("Sim, com prazer. Não sou muito bom com o computador, desculpe.", "yes"),
    ("Ndiyo, nitafurahi. Mimi si hodari wa kompyuta, samahani.", "yes"),
    # Another negation, a refusal or a contrast still counts.
    ("Yes. I'm not good with computers, so please don't introduce me.", "unclear"),
    ("I'm not good with computers. No thanks.", "no"),
    ("Yes, but I'm not very good with computers.", "unclear"),
    ("Yes. I'm not good with people.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), MODEST)
def test_modesty_about_computers_negates_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
