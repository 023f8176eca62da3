"""A relative clause set off by commas after a named subject does not hide the subject
from an intro it makes or offered to make: "Paul, qui connaît Bob, a proposé de me
présenter à Claire" tells of Paul's offer and "Paul, who knows Bob, can introduce me to
Claire?" asks what Paul can do, as they do without the clause. The one written to ("Paul,
who knows Bob, can you introduce me ...?", "pourriez-vous") still asks."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_CLAIRE = "Claire Dupuis (claire@dupuis.example)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Paul, qui connaît Bob, a proposé de me présenter à {_CLAIRE}.",
        f"Paul, qui connaît Bob, peut me présenter à {_CLAIRE} ?",
        f"Paul, who knows Bob, offered to introduce me to {_CLAIRE}.",
        f"Paul, who knows Bob, can introduce me to {_CLAIRE}?",
        f"Pablo, que conoce a Bob, se ofreció a presentarme a {_CLAIRE}.",
        f"Paul, der Bob kennt, hat angeboten, mich mit {_CLAIRE} bekannt zu machen.",
        f"Kann Paul, der Bob kennt, mich mit {_CLAIRE} bekannt machen?",
        f"O Paulo, que conhece o Bob, ofereceu-se para me apresentar à {_CLAIRE}.",
        f"Paul, ambaye anamjua Bob, amejitolea kunitambulisha kwa {_CLAIRE}.",
    ],
)
def test_a_subject_before_a_relative_clause_makes_the_intro(sentence: str) -> None:
    assert understand(f"{sentence}\n\nAna").kind == "not_a_request", sentence


@pytest.mark.parametrize(
    "sentence",
    [
        f"Paul, who knows Bob, can you introduce me to {_CLAIRE}?",
        f"Paul, que je connais bien, pourriez-vous me présenter à {_CLAIRE} ?",
        f"Paul knows Bob, so could you introduce me to {_CLAIRE}?",
        f"Paul, qui connaît Bob, m'a dit que vous pourriez me présenter à {_CLAIRE}.",
        f"Vous avez proposé de me présenter à {_CLAIRE}, pourriez-vous le faire ?",
        f"Could you introduce me to {_CLAIRE}, who knows Bob, as Paul suggested?",
    ],
)
def test_the_one_written_to_still_asks(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAna")
    assert result.kind == "intro_request", sentence
    assert result.confident, sentence
