"""A "no" inside its sentence right before a code of registration abbreviates "number".

"Registered in England and Wales, no. OC312884", "inscrite au RCS sous le no. 123 456
789", "Registro Mercantil, nº B-12345678", "Junta Comercial sob o nº 35.123.456": a
company footer, no refusal. A "No." opening its sentence, or one before a number of
fewer digits (a count, a year), still refuses.
"""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "I have forwarded your note to him. He will come back to you directly.\n\n"
            "Registered in England and Wales, no. OC312884.",
            "unclear",
        ),
        ("Happy to!\n\nRegistered in England and Wales no. 01234567", "yes"),
        ("Avec plaisir !\n\nSociété inscrite au RCS de Lyon sous le no. 123 456 789", "yes"),
        ("¡Claro que sí!\n\nInscrita en el Registro Mercantil, nº B-12345678", "yes"),
        ("Sim, pode apresentar.\n\nInscrita na Junta Comercial sob o nº 35.123.456", "yes"),
    ],
)
def test_a_no_before_a_registration_code_is_a_number(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, no. 2026 maybe.",
        "Sorry, no. 12 people already asked me.",
        "No. 12345 reasons.",
        "Thanks, but no. OC312884 is my old company.",
    ],
)
def test_a_refusal_before_a_short_number_or_opening_its_sentence_still_refuses(
    text: str,
) -> None:
    assert classify_text(text) == "no"
