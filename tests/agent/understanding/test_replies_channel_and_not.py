"""After a yes, a note choosing one channel over another with "and not" ("por este
endereço pessoal e não pelo do tribunal", "at my home address and not the office one",
"à cette adresse et non à celle du cabinet", "a este correo y no al de la oficina", "an
diese Adresse und nicht an die dienstliche") tells how to reach the writer: its negation
refuses nothing. An "and not" before a date, a time, a sharing verb or anything that
answers, doubts or asks still does not leave a plain yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "Com todo o gosto. Peço só que me contactem por este endereço pessoal e não pelo "
        "do escritório.",
        "yes",
    ),
    ("Yes, happy to. Please have her contact me at my home address and not the office one.", "yes"),
    ("Oui, avec plaisir. Qu'il m'écrive à cette adresse et non à celle du cabinet.", "yes"),
    ("Sí, encantado. Que me escriba a este correo y no al de la oficina.", "yes"),
    ("Ja, gerne. Bitte schreiben Sie mir an diese Adresse und nicht an die dienstliche.", "yes"),
    # Near-misses: a date or a time after "and not", a sharing refused, a doubt, no yes.
    ("Yes, happy to. Please have her email me and not before March.", "unclear"),
    ("Yes, happy to. Please have her email me and not now.", "unclear"),
    ("Yes, happy to. Email me and not in 2027.", "unclear"),
    ("Yes, happy to. Email me and don't share my number.", "unclear"),
    ("Com todo o gosto. Que me escreva por este endereço e não antes de setembro.", "unclear"),
    ("Email me and not the office.", "unclear"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_channel_and_not(text: str, expected: str) -> None:
    assert classify_text(text) == expected
