"""A contraction of the language whose list holds a phrase negates nothing in it: the
"no" of Portuguese "estou no consultório" (a whereabouts) is "em" + "o", so the words
after it are none that a negator takes, and "Sim, pode apresentar. Só aviso que durante o
dia estou no consultório" says yes. "No" opening its clause, and before what a negator of
another language takes ("no posso", "no tengo"), reads as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text
from agent.understanding.reply_phrases import phrase_book


@pytest.mark.parametrize(
    "text",
    [
        "Sim, pode apresentar. Só aviso que durante o dia estou no consultório.",
        "Sim, pode apresentar. Estou no consultório até as 19h.",
        "Claro, pode apresentar! Hoje estou no tribunal o dia todo.",
        "Sim, pode apresentar. Ela pode me chamar no WhatsApp.",
    ],
)
def test_a_listed_contraction_in_a_portuguese_reply_is_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "No, estou no consultório.",
        "Sim, mas no posso.",
        "Sim, pode apresentar. No momento estou ocupada.",
        "Sí, claro. No tengo email.",
        "Yes, but no email please.",
    ],
)
def test_a_no_that_opens_or_negates_still_counts(text: str) -> None:
    assert classify_text(text) != "yes"


def test_only_negators_of_their_own_language_take_words() -> None:
    taken = phrase_book().negated_words
    assert "consultorio" not in taken
    assert {"puedo", "posso", "thanks"} <= taken
