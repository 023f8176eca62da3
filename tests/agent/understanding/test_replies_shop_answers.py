"""A bare "yes" beside a shop's or a business's answer to a customer (its opening hours,
what is in stock) confirms that answer, not the introduction: the writer answered another
mail, and the agent asks back. A yes of its own ("happy to") still answers, and a reply
with no such answer keeps its bare yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes we're open until 9 on Sundays, and the bread comes in at 7.",
        "Yes, we are open till 8pm Monday to Saturday.",
        "Yes, it's back in stock, both sizes.",
        "Oui, nous sommes ouverts jusqu'à 19h le samedi.",
        "Sí, abrimos hasta las diez, también el domingo.",
        "Ja, samstags geöffnet bis 14 Uhr.",
        "Sim, estamos abertos até às 22h de segunda a sábado.",
        "Ndiyo, tuko wazi hadi saa nne usiku.",
    ],
)
def test_a_yes_beside_a_shop_answer_answers_nothing(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        # A yes of its own answers whatever follows.
        "Happy to. We are closed on Mondays, so any other day is fine.",
        "Happy to, put us in touch. We are open till 6 every day.",
        # No shop's answer beside it.
        "Yes, we are happy to meet him.",
        "Yes I am interested.",
    ],
)
def test_a_yes_of_its_own_still_answers(text: str) -> None:
    assert read_answer(text)[0] == "yes"
