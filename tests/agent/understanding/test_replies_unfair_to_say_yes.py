"""A yes under a negated judgement of saying it ("it wouldn't be fair on him to say yes",
"ce ne serait pas juste de dire oui", "no sería justo decir que sí", "não seria justo
dizer que sim", "isingekuwa haki kusema ndiyo") is a yes the writer declines to give, not
one given: beside a refusal the reply refuses. A yes past a pause after such a judgement
("It wouldn't be fair to say no, so yes, happy to") is no such yes, and stays as it was
read (never a refusal taken for a yes, nor the other way)."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

REFUSALS = [
    "I don't think so, honestly. My diary is full until spring. It wouldn't be fair on her to"
    " say yes and then keep her waiting.",
    "Je ne pense pas, franchement. Mon agenda est plein jusqu'au printemps. Ce ne serait pas"
    " juste de lui dire oui et de la faire attendre.",
    "Acho que não, sinceramente. A agenda está cheia até à primavera. Não seria justo dizer"
    " que sim e deixá-la à espera.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_yes_it_would_be_unfair_to_give_leaves_the_refusal(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert not any(e.startswith("yes:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "It wouldn't be fair to say no, so yes, happy to.",
        "It wouldn't be fair on her if I said no - yes, go ahead.",
    ],
)
def test_a_yes_past_a_pause_after_the_judgement_is_not_taken_for_a_no(text: str) -> None:
    assert read_answer(text)[0] != "no"
