"""A label before an address ("Seine Adresse: ...", "Address:", "Adresse :", "Dirección:",
"Endereço:", "Anwani:", "E-Mail:", "Mail:", "Correo:") is no one's name: the address is
the one named before, by the name written there, and an address that does not spell them
is still no one certain."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_ERIK = Party("Erik Lindqvist", "erik.lindqvist@kit.example")


@pytest.mark.parametrize(
    "text",
    [
        "kannst du mich bitte mit Prof. Dr. Erik Lindqvist vom KIT bekannt machen? Seine"
        " Adresse: erik.lindqvist@kit.example",
        "Kannst du mich mit Erik Lindqvist bekannt machen? Adresse: erik.lindqvist@kit.example",
        "Kannst du mich mit Erik Lindqvist bekannt machen? E-Mail: erik.lindqvist@kit.example",
        "Kannst du mich mit Erik Lindqvist bekannt machen? Mail: erik.lindqvist@kit.example",
        "Could you introduce me to Prof. Erik Lindqvist? Address: erik.lindqvist@kit.example",
        "Pourriez-vous me présenter au Pr Erik Lindqvist ? Adresse : erik.lindqvist@kit.example",
        "¿Me presentas al Dr. Erik Lindqvist? Dirección: erik.lindqvist@kit.example",
        "¿Me presentas al Dr. Erik Lindqvist? Correo: erik.lindqvist@kit.example",
        "Podes me apresentar ao Dr. Erik Lindqvist? Endereço: erik.lindqvist@kit.example",
        "Tafadhali nitambulishe kwa Dkt. Erik Lindqvist. Anwani: erik.lindqvist@kit.example",
    ],
)
def test_a_label_before_an_address_is_no_name(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_WRITER, _ERIK)
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Kannst du mich mit Erik Lindqvist bekannt machen? Adresse: sekretariat@kit.example",
        "¿Me presentas a Erik Lindqvist? Dirección: oficina@kit.example",
        "Kannst du mich mit Erik Lindqvist und Anna Berg bekannt machen? Adresse:"
        " erik.lindqvist@kit.example",
    ],
)
def test_a_labelled_address_not_theirs_is_no_one_certain(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident
    assert all(p is None or p.name not in ("Adresse", "Dirección") for p in (result.a, result.b))
