"""After a yes, where the writer will be, a place named, offered for the other to meet
in person if they would rather ("je suis à Berlin fin novembre si elle préfère un café")
is no condition on the yes. A condition on anything else, or no yes before it, still
doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    ("Oui carrément. Je suis à Berlin fin novembre si elle préfère un café.", "yes"),
    ("Yes, happy to. I'm in Leeds next week if she'd like a coffee.", "yes"),
    ("Sí, claro. Estoy en Madrid a finales de noviembre si ella prefiere un café.", "yes"),
    ("Ja, gerne. Ich bin Ende November in Berlin, falls sie lieber einen Kaffee möchte.", "yes"),
    ("Sim, claro. Estou em Lisboa na próxima semana se ela preferir um café.", "yes"),
    ("Ndiyo, sawa. Niko Arusha wiki ijayo kama anataka kukutana.", "yes"),
    # Near-misses: the condition is no wish to meet, names more, or nothing said yes.
    ("Oui carrément. Je suis à Berlin fin novembre si elle préfère.", "unclear"),
    ("Yes. I'm in Leeds next week if she pays for the coffee.", "unclear"),
    ("Yes. I'm in Leeds next week if she's not a recruiter and wants a coffee.", "unclear"),
    ("Sí, claro. Estoy en Madrid en noviembre si ella paga el café.", "unclear"),
    ("I'm in Leeds next week if she'd like a coffee.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_whereabouts_offered_to_meet_is_no_condition(text: str, answer: str) -> None:
    assert classify_text(text) == answer
