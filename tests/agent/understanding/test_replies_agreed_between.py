"""An agreement told as reached between people ("we've agreed that ...") reports a
decision and says no yes; "Agreed." alone still does."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "My partner and I agreed that I stay where I am for now.",
        "We've agreed I won't be looking at anything new until spring.",
        "We had agreed I'd keep my head down this year.",
        "On s'est mis d'accord : je ne bouge pas cette année.",
        "Nous sommes tombés d'accord que je reste en poste.",
        "Quedamos de acuerdo en que me quedo donde estoy.",
        "Mi mujer y yo nos pusimos de acuerdo en esperar.",
        "Ficou combinado que eu fico onde estou.",
    ],
)
def test_an_agreement_between_people_says_no_yes(text: str) -> None:
    assert read_answer(text)[0] != "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Sorry, ignore my earlier reply. We've agreed at home that I'm staying put,"
            " so it's a no from me after all.",
            "no",
        ),
        ("Désolé, oubliez mon message précédent : on s'est mis d'accord, c'est non.", "no"),
        ("Olvida mi respuesta anterior: quedamos de acuerdo en casa, no me interesa.", "no"),
        ("Desconsidere a resposta anterior: ficou combinado em casa, não tenho interesse.", "no"),
    ],
)
def test_a_refusal_after_a_decision_told_refuses(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    "text",
    [
        "Agreed, go ahead.",
        "Agreed.",
        "I agree, please introduce us.",
        "D'accord, allez-y.",
        "De acuerdo, adelante.",
        "Combinado, pode apresentar.",
        "Einverstanden, gerne.",
    ],
)
def test_an_agreement_given_still_says_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"
