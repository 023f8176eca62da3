"""A German ask for an intro with its verb as a zu-infinitive after a polite frame
("Wären Sie in der Lage, mich mit jemandem aus der Holzbranche bekannt zu machen?",
"... in Kontakt zu bringen?") asks for one even when whom is not understood: the
request is asked about, as "could you introduce me to someone in the timber trade?"
is."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "body",
    [
        "Wären Sie in der Lage, mich mit jemandem aus der Holzbranche bekannt zu machen?",
        "Wäre es möglich, mich mit einer Steuerberaterin in Kontakt zu bringen?",
        "Could you introduce me to someone in the timber trade?",
        "Conseguirias apresentar-me a alguém da área da madeira?",
        "Utaweza kunitambulisha kwa mtu wa sekta ya mbao?",
    ],
)
def test_an_ask_of_someone_not_understood_is_asked_about(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert not result.confident


def test_a_zu_infinitive_of_something_else_asks_nothing() -> None:
    body = "Wir freuen uns, Ihnen unser neues Produkt vorzustellen. Jetzt testen!"
    assert understand(body).kind == "not_a_request"
