"""An okay said with an acknowledgment ("Ok got it", "Ok verstanden", "Ok noté", "Ok
entendido", "Sawa nimeelewa") acknowledges what the agent explained and agrees to nothing:
alone it is unclear, and a yes after it answers."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Ok got it, different company then. Yes, please go ahead, you can give him my number.",
        "Okay, noted. Yes please go ahead.",
        "Ok verstanden, andere Firma also. Ja, gerne, geben Sie ihm meine Nummer.",
        "Ok noté, une autre compagnie alors. Oui, allez-y.",
        "Ok entendido, otra empresa entonces. Sí, adelante.",
        "Ok, entendido, outra empresa então. Sim, pode avançar.",
        "Sawa nimeelewa, kampuni nyingine basi. Ndiyo, endelea.",
    ],
)
def test_a_yes_after_an_acknowledgment_answers(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Ok got it.", "unclear"),
        ("Ok verstanden.", "unclear"),
        ("Ok noté.", "unclear"),
        ("ok entendido", "unclear"),
        ("Sawa nimeelewa.", "unclear"),
        ("Ok noted, I will think about it.", "unclear"),
        ("Ok got it. No thanks.", "no"),
        ("Ok got it, but no thanks.", "no"),
        ("Ok verstanden. Nein danke.", "no"),
    ],
)
def test_an_acknowledgment_alone_agrees_to_nothing(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
