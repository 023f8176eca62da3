"""A year a deferral lead names in a clause told in the past dates a story ("We lent two
pieces to Osaka in 2019 and I should be glad to help"), and puts no yes off; a year to
come, or one a clause with a future marker names, still does."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, with pleasure. We lent two pieces to Osaka in 2019 and I should be glad to help.",
        "Yes. We showed the scrolls in Kyoto in 2018 and I'd be glad to help.",
        "Oui, avec plaisir. Nous avons prêté deux pièces à Osaka en 2019 et je serais ravi"
        " d'aider.",
        "Sí, con mucho gusto. Estuvimos en Osaka en 2019 y me encantará ayudar.",
        "Sim, com prazer. Emprestámos duas peças a Osaka em 2019 e terei todo o gosto em ajudar.",
        "Ja, gerne. Wir haben 2019 zwei Stücke nach Osaka verliehen, und ich helfe gern.",
        "Ndiyo, kwa furaha. Tuliazima vipande viwili Osaka mwaka 2019 na nitafurahi kusaidia.",
    ],
)
def test_a_year_in_a_story_puts_nothing_off(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Happy to help in 2027.",
        "Yes, with pleasure, in 2027.",
        "We will lend two pieces in 2027 and I should be glad to help.",
        "We lent two pieces in 2019 and I should be glad to help from 2027.",
        "I should be glad to help in 2027.",
        "Oui, avec plaisir, en 2027.",
        "Sí, con mucho gusto, en 2027.",
    ],
)
def test_a_year_to_come_still_puts_the_yes_off(text: str) -> None:
    assert read_answer(text)[0] != "yes"
