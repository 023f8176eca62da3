"""A time word after a yes that waits only for the writer to have the other's address
("I'll write to him as soon as I have his address", "sobald ich seine Adresse habe")
waits for the introduction, which sends that address; one that waits on anything else
still doubts the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ADDRESS_TIMES = [
    ("Yes! I'll write to him myself as soon as I have his address.", "yes"),
    ("Happy to. I'll email her once I get her email address.", "yes"),
    ("Oui ! Je lui écris demain matin, dès que j'ai son adresse.", "yes"),
    ("¡Claro que sí! Yo le escribo primero en cuanto tenga su correo.", "yes"),
    (
        "¡Claro que sí! Yo le escribo primero en cuanto tenga su correo, para mandarle "
        "unas fotos de la huerta.",
        "yes",
    ),
    ("Gerne! Ich schreibe Herrn Fonseca morgen selbst, sobald ich seine Adresse habe.", "yes"),
    ("Ja, gerne. Ich schreibe ihm morgen, sobald ich seine E-Mail-Adresse habe.", "yes"),
    ("Sim! Escrevo pra ela assim que tiver o contato dela.", "yes"),
    # Near misses: something else awaited, the writer's own address, a negation, a
    # condition beside it, or no yes before it, read as before.
    ("Yes! I'll write to him as soon as I have his CV.", "unclear"),
    ("Yes, once I have my boss's address.", "unclear"),
    ("Yes, once I don't have his address.", "unclear"),
    ("Sure, as soon as I have his address, if he's legit.", "unclear"),
    ("Maybe, as soon as I have his address.", "unclear"),
    ("Oui, dès que j'ai son CV.", "unclear"),
    ("Sí, en cuanto tenga su currículum.", "unclear"),
    ("Ja, sobald ich seine Unterlagen habe.", "unclear"),
    ("Sim, assim que tiver o currículo dela.", "unclear"),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESS_TIMES)
def test_address_times(text: str, expected: str) -> None:
    assert classify_text(text) == expected
