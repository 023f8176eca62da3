"""After a yes, a contrast that only says the writer and the other are not in touch ("but
we are not in direct contact", "pero no tenemos contacto directo") tells why the
introduction helps and doubts nothing: the yes stands, in the languages that read it
as a turn. A refusal or a question beside it still counts, and alone it answers nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "Yes, go ahead. We met at a conference years ago, but we are not in direct contact.",
        "Sure, happy to - but we're not in touch these days.",
        "Oui, allez-y. Nous nous sommes croisés il y a des années, mais nous ne sommes pas "
        "en contact.",
        "Claro que sí, adelante. Coincidimos hace años, pero no tenemos contacto directo.",
        "Ja, gerne. Wir kennen uns flüchtig, aber wir haben keinen direkten Kontakt.",
        "Sim, pode avançar. Conhecemo-nos há anos, mas não temos contacto direto.",
    ],
)
def test_not_in_touch_after_a_yes_leaves_it_standing(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes, but we're not in touch and I'd rather not be.", "no"),
        ("No, we're not in touch and I'd like to keep it that way.", "no"),
        ("Claro, adelante. Pero no tenemos contacto directo y no sé si quiero.", "unclear"),
        ("Sure, but we aren't in touch - is that a problem?", "unclear"),
        ("We are not in touch.", "unclear"),
        ("No tenemos contacto directo.", "unclear"),
    ],
)
def test_a_refusal_doubt_or_question_beside_it_still_counts(text: str, answer: str) -> None:
    assert classify_text(text) == answer
