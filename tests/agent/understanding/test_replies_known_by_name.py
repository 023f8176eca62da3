"""Knowing the other only by name ("I know her by name", "la conozco de nombre", "ich
kenne sie vom Namen her") is not having met them: the knowing doubts nothing beside a
yes. Knowing them plainly, negated or asked about still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I know her by name. Go ahead.",
        "Oui, je la connais de nom. Allez-y.",
        "Sí, lo conozco de oídas. Dale.",
        "Todo bien: a Marta la conozco de nombre, me hablaron muy bien de ella. Preséntanos.",
        "Ja, ich kenne sie vom Namen her. Stell uns vor.",
        "Sim, conheço ela de nome. Pode apresentar.",
        "Ndiyo, namjua kwa jina. Endelea.",
    ],
)
def test_knowing_only_by_name_doubts_nothing(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "yes"
    assert any(e.startswith("known-by-name:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I know her. Go ahead.",
        "Oui, je la connais. Allez-y.",
        "Sí, la conozco. Dale.",
        "Sí, no la conozco de nombre. Dale.",
        "Sí, ¿la conozco de nombre?",
        "Ndiyo, namjua. Endelea.",
    ],
)
def test_knowing_otherwise_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
