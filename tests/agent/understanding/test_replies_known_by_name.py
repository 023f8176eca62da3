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


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I know him by reputation.",
        "Oui, je le connais de nom.",
        "Sí, a Jorge lo conozco de nombre.",
        "Ja, ich kenne ihn nur dem Namen nach.",
        "Sim, conheço ele de nome.",
        "Ndiyo, namfahamu kwa jina.",
    ],
)
def test_knowing_by_name_with_no_yes_after_it_is_unclear(text: str) -> None:
    # The yes may answer whether the writer knows them, not the introduction.
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Sure, I know him by reputation - happy to be introduced.",
        "Ja, ich kenne ihn nur dem Namen nach, aber gerne, stell uns vor.",
    ],
)
def test_knowing_by_name_then_agreeing_stays_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"
