"""A paragraph saying that a call creates no attorney-client relationship (a lawyer's
standing note: 'an introductory call does not create an attorney-client relationship, and
no engagement exists until ...', 'ne crée pas de relation avocat-client', 'kein
Mandatsverhältnis') is boilerplate, as a legal footer is: its negations say nothing about
the answer."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Nothing came up in our conflicts check, so yes, please proceed with the "
            "introduction.\n\nFor the avoidance of doubt, an introductory call does not create "
            "an attorney-client relationship, and no engagement exists until a signed "
            "engagement letter is in place.",
            "yes",
        ),
        ("Sí, adelante.\n\nUna llamada no crea una relación abogado-cliente.", "yes"),
        ("Ja, gerne.\n\nEin Erstgespräch begründet kein Mandatsverhältnis.", "yes"),
        ("No thanks.\n\nThis does not create an attorney-client relationship.", "no"),
        ("Yes, please proceed. No engagement exists until the letter is signed.", "unclear"),
    ],
)
def test_a_client_relationship_note_is_boilerplate(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
