"""German asks for "eine Vorstellung zwischen zwei Personen zu vermitteln" (an intro noun
and "vermitteln", as "Kontakt vermitteln" asks) over a list of the two written with
their addresses: the two are the pair. "Personen", "Menschen", "Leute" are nouns, never a
name (``stop_names``), so "zwei Personen zu" presents no one named "Personen" to others;
the mail was read as no request."""

from __future__ import annotations

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_NICOLAS = Party("Nicolas Aebischer", "nicolas.aebischer@tresoria.example")
_CORNELIA = Party("Cornelia Wyss-Hägeli", "c.wyss@haegeli.example")


def test_a_vorstellung_between_two_people_listed_is_their_pair() -> None:
    result = understand(
        "Grüezi\n\nIch möchte Sie bitten, eine Vorstellung zwischen zwei Personen zu"
        " vermitteln:\n\n- Herr Nicolas Aebischer, Gründer der Tresoria AG"
        " (nicolas.aebischer@tresoria.example), sucht einen Ankerinvestor.\n- Frau Dr."
        " Cornelia Wyss-Hägeli, Leiterin Direktanlagen (c.wyss@haegeli.example).\n\n"
        "Freundliche Grüsse\n\nSimone Bürgi",
        sender="Simone Bürgi <s.buergi@kanzlei.example>",
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_NICOLAS, _CORNELIA}
    assert result.confident
