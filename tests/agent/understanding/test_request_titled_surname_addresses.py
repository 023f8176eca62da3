"""A surname after a title written with its address ("Mr Okafor (d.okafor@...)", "Mme
Nguyen (...)", "Sr. Villalba (...)", "Frau Keller (...)", "Bw. Mrema (...)") is the one
fuller name the mail gives that ends with it ("Mr Desmond Okafor" named earlier): the
party is named in full. Two fuller names ending with it ("Mr Desmond Okafor" and "Mrs
Grace Okafor"), or none, and the name stays as written."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_OKAFOR = Party("Desmond Okafor", "d.okafor@okafor.example")
_RAMAN = Party("Priya Raman", "p.raman@raman.example")


@pytest.mark.parametrize(
    "text",
    [
        "I act for Mr Desmond Okafor. I understand that Ms Priya Raman is well regarded.\n\n"
        "I would be most grateful if you could arrange an introduction between Mr Okafor"
        " (d.okafor@okafor.example) and Ms Raman (p.raman@raman.example).",
        "I act for Mr. Desmond Okafor. Dr Priya Raman is well regarded.\n\n"
        "Could you introduce Mr. Okafor (d.okafor@okafor.example) to Dr Raman"
        " (p.raman@raman.example)?",
        "Je représente M. Desmond Okafor. Mme Priya Raman est très estimée.\n\n"
        "Pourriez-vous mettre en relation M. Okafor (d.okafor@okafor.example) et Mme Raman"
        " (p.raman@raman.example) ?",
        "Represento al Sr. Desmond Okafor. La Sra. Priya Raman es muy apreciada.\n\n"
        "¿Podría presentar al Sr. Okafor (d.okafor@okafor.example) a la Sra. Raman"
        " (p.raman@raman.example)?",
    ],
)
def test_a_titled_surname_with_an_address_is_named_in_full(text: str) -> None:
    result = understand(text)
    assert {result.a, result.b} == {_OKAFOR, _RAMAN}
    assert result.confident


def test_two_fuller_names_ending_with_the_surname_leave_it_as_written() -> None:
    result = understand(
        "I act for Mr Desmond Okafor and Mrs Grace Okafor. Ms Priya Raman is well regarded.\n\n"
        "Could you introduce Mr Okafor (d.okafor@okafor.example) to Ms Raman"
        " (p.raman@raman.example)?"
    )
    names = {p.name for p in (result.a, result.b) if p is not None}
    assert "Desmond Okafor" not in names and "Grace Okafor" not in names
