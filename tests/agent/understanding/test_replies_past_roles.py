"""After a yes, "later" between two roles of a career told in the past ("Ich war von
1971 bis 1993 auf der Neptunwerft, als Schweißer und später als Meister") puts nothing
off; "later" anywhere else still does."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ROLES = [
    "Ja, gerne. Ich war von 1971 bis 1993 auf der Neptunwerft, als Schweißer und später als"
    " Meister.",
    "Yes, gladly. I worked at the yard from 1971 to 1993, as a welder and later as a foreman.",
    "Oui, avec plaisir. J'ai travaillé au chantier de 1971 à 1993, comme soudeur et plus tard"
    " comme chef d'équipe.",
    "Oui. J'étais soudeur au port, comme mon père, et plus tard comme chef.",
    "Sí, encantado. Trabajé en el astillero de 1971 a 1993, como soldador y más tarde como"
    " capataz.",
    "Sim, com prazer. Trabalhei no estaleiro de 1971 a 1993, como soldador e mais tarde como"
    " mestre.",
]


@pytest.mark.parametrize("text", ROLES)
def test_later_between_two_past_roles_puts_nothing_off(text: str) -> None:
    assert classify_text(text) == "yes"


PUT_OFFS = [
    "Ja, aber später",
    "Ja. Ich war krank, also später.",
    "Yes, later as a friend",
    "Yes. I was a welder and later as well.",
    "Yes. I was busy, so later as agreed.",
    "Ja, gerne, als Berater und später als Partner.",
    "Ja. Als Berater gern, später als Partner.",
    "Ja. Ich war Berater und später als Partner?",
    "Ja. Ich war als Berater tätig, später als Partner, wenn es passt.",
    "Ja. Ich war Schweißer und werde später als Meister arbeiten.",
    "Yes. I was a welder and maybe later as a foreman.",
    "I'd love to but maybe later",
    "Sí, pero más tarde, como te dije.",
]


@pytest.mark.parametrize("text", PUT_OFFS)
def test_later_outside_a_past_career_still_puts_off(text: str) -> None:
    assert classify_text(text) != "yes"
