"""Declining to take the introduction further, said in the future tense ("I will not take
this any further", "je ne donnerai pas suite", "ich werde dem nicht nachgehen",
"sitaendelea na hili"), refuses as the present forms already did ("pas donner suite",
"nicht weiterverfolgen"). The same verbs without the negation ("j'y donnerai suite",
"ich werde dem gern nachgehen") keep their reading."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    ("Merci de votre message, je ne donnerai pas suite.", "no"),
    ("Après réflexion, nous n'y donnerons pas suite.", "no"),
    ("Bonjour, je n'y donnerai pas suite, bonne continuation.", "no"),
    ("Thank you, but I will not take this any further.", "no"),
    ("Having thought about it I will not be pursuing this.", "no"),
    ("Vielen Dank, ich werde dem nicht nachgehen.", "no"),
    ("Wir werden dem nicht weiter nachgehen, danke.", "no"),
    ("Asante kwa ujumbe, sitaendelea na hili.", "no"),
    ("Tumefikiria, hatutaendelea na jambo hili.", "no"),
]

NEAR_MISSES = [
    ("Oui, volontiers, j'y donnerai suite.", "yes"),
    ("Ja, ich werde dem gern nachgehen.", "yes"),
    ("Je donnerai suite dès mon retour.", "unclear"),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_future_refusals(text: str, expected: str) -> None:
    assert classify_text(text) == expected
