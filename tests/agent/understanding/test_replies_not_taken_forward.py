"""Not being in a position to follow the introduction up ('le cabinet n'est malheureusement
pas en mesure d'y donner suite', 'We are unable to take this forward', 'no podemos darle
curso', 'não podemos dar seguimento') refuses it, formally and without a 'no'."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Après vérification interne, le cabinet n'est malheureusement pas en mesure d'y "
            "donner suite : nous représentons une partie dont les intérêts pourraient être "
            "opposés.",
            "no",
        ),
        ("Nous ne sommes pas en mesure de donner suite.", "no"),
        ("We are unable to take this forward.", "no"),
        ("Lamentablemente no podemos darle curso.", "no"),
        ("Infelizmente não podemos dar seguimento.", "no"),
        # A yes beside it leaves the reply unclear, as any yes and no together do.
        ("Oui, avec plaisir. Je ne suis pas en mesure de donner suite avant lundi.", "unclear"),
    ],
)
def test_not_in_a_position_to_follow_up_refuses(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
