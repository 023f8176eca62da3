"""Something of the writer's that could be of use to the other ("Our survey data could
be useful to him") is an offer beside a yes, not a doubt of it; "Could be useful." alone
and a doubt beside it still leave the reply unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

USEFUL_OFFERS = [
    ("Yes, I'd be glad to be introduced. Our survey data could be useful to him.", "yes"),
    ("Happy to. My notes might be helpful to her.", "yes"),
    ("Oui, avec plaisir. Nos données pourraient lui être utiles.", "yes"),
    ("Sí, encantada. Nuestros datos podrían serle útiles.", "yes"),
    ("Ja, gerne. Unsere Daten könnten ihm nützlich sein.", "yes"),
    ("Sim, com prazer. Os nossos dados podem ser úteis para ele.", "yes"),
    ("Ndiyo, nitafurahi. Takwimu zetu zinaweza kumsaidia.", "yes"),
    # Alone, or beside a doubt, nothing says yes.
    ("Could be useful.", "unclear"),
    ("Could be useful to him.", "unclear"),
    ("Maybe, could be useful to him.", "unclear"),
    ("Ja. Unsere Daten könnten ihm vielleicht nützlich sein.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), USEFUL_OFFERS)
def test_an_offer_of_use_beside_a_yes_is_no_doubt(text: str, answer: str) -> None:
    assert classify_text(text) == answer
