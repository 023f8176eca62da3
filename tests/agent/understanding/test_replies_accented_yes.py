"""Spanish "sí" written with its accent right after "que" ("claro q sí miss!!!") is the
yes of "claro que sí", not the "si" (if) that opens a condition before a word. An
unaccented "si", or "sí" after any other word (a phone may put the accent on "if"),
still sets a condition."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ACCENTED = [
    ("claro q sí miss!!! mil graciasss q buena onda", "yes"),
    ("claro que sí profe, mil gracias", "yes"),
    ("vale, claro q sí miss jaja", "yes"),
    # Near-misses: "if" unaccented, or accented after another word.
    ("claro, si me pagan", "unclear"),
    ("claro, sí me pagan y voy", "unclear"),
    ("Sí, pero si me pagan", "unclear"),
    ("Claro que sí, pero sí me pagan", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), ACCENTED)
def test_an_accented_si_after_que_is_a_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


UNACCENTED_CLOSING_SI = [
    # The "si" closing "claro que si" before a word of its clause is "if".
    ("claro que si me pagan voy", "unclear"),
    ("Claro que si el horario me va bien.", "unclear"),
    ("Claro que si puede venir, que venga.", "unclear"),
    # Closing its clause, or written with its accent, it is the yes.
    ("Claro que si, con gusto.", "yes"),
    ("Claro que si!! cuando quieras", "yes"),
    ("claro que si", "yes"),
    ("Claro que sí puede venir, que venga.", "yes"),
    ("Si claro que si.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), UNACCENTED_CLOSING_SI)
def test_an_unaccented_si_closing_a_yes_before_a_word_is_if(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Chilean "po" (pues) after "sí" closes a yes, opening no condition.
        ("Sí po, encantado. Que me escriba nomás.", "yes"),
        ("Si po.", "yes"),
        ("Sí po, pero no ahora.", "no"),
        ("Si po, pero primero quiero saber quién es.", "unclear"),
    ],
)
def test_chilean_si_po_is_a_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer
