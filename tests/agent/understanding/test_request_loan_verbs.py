"""The English "connect" as other languages borrow it: German "connecten" where
"vernetzen" stands ("könntest du J.-P. Roth (...) und meine Schwester Anke connecten?"),
Swahili "ku-connect" or "kuconnect" where "kuungana" stands ("nisaidie ku-connect na Mr.
Otieno ..."). French "connecter", Spanish and Portuguese "conectar" are their own words
already. What "vernetzen" does not ask, "connecten" asks not either."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "hi, könntest du J.-P. Roth (jp.roth@roth-holzbau.ch) und meine Schwester Anke"
            " connecten? her email is anke.wolff@web.de",
            Party("J.-P. Roth", "jp.roth@roth-holzbau.ch"),
            Party("Anke", "anke.wolff@web.de"),
        ),
        (
            "Kannst du mich bitte mit Jonas Weber (jonas@weber.example) connecten?",
            _WRITER,
            Party("Jonas Weber", "jonas@weber.example"),
        ),
        (
            "mambo! nisaidie ku-connect na Mr. Otieno wa Equity (p.otieno@equitybank.co.ke)"
            " tafadhali, nataka ku-discuss loan ya biashara yangu",
            _WRITER,
            Party("Otieno", "p.otieno@equitybank.co.ke"),
        ),
        (
            "Tafadhali nisaidie kuconnect na Amina Juma (amina@juma.example).",
            _WRITER,
            Party("Amina Juma", "amina@juma.example"),
        ),
        (
            "Pourriez-vous connecter Paul Roy (paul@roy.example) avec Claire Martin"
            " (claire@martin.example) ?",
            Party("Paul Roy", "paul@roy.example"),
            Party("Claire Martin", "claire@martin.example"),
        ),
        (
            "¿Me podrías conectar con Lucía Gómez (lucia@gomez.example)?",
            _WRITER,
            Party("Lucía Gómez", "lucia@gomez.example"),
        ),
    ],
)
def test_a_borrowed_connect_asks(text: str, a: Party, b: Party) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (a, b)
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Danke fürs Connecten mit Anke Wolff (anke@wolff.de)!",
        "Wir sollten uns mal auf LinkedIn connecten.",
        "Ich wollte Jan Roth (jan@roth.example) und Anke Wolff (anke@wolff.de) eigentlich"
        " connecten, aber sie kennen sich schon.",
        "Alikuwa ananisaidia ku-connect printer na laptop jana.",
    ],
)
def test_a_borrowed_connect_that_asks_nothing(text: str) -> None:
    result = understand(text)
    assert not (result.kind == "intro_request" and result.confident)
