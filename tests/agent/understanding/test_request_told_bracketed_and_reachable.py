"""An abbreviation opening a bracket ("(cf. ci-dessous)", "(vgl. unten)") ends no
sentence; an NGO named after the one asked for ("de l'ONG Santé Sahel", "of the NGO") is an
organisation, no one; and the one the ask names who has an address on the mail leaves a
pronoun's address to the other one named."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_SAM = Party("Samuel Leroy", "samuel@leroy.example")
_AMINATA = "a.kone@santesahel.example"

_ASKS = [
    "Could you introduce Samuel Leroy (samuel@leroy.example) to Dr Aminata Kone, of the NGO "
    f"Sante Sahel? Her address: {_AMINATA}",
    "Pourriez-vous mettre Samuel Leroy (samuel@leroy.example) en relation avec le Dr Aminata "
    f"Kone, de l'ONG Santé Sahel ? Son adresse : {_AMINATA}",
    "¿Podrías poner a Samuel Leroy (samuel@leroy.example) en contacto con la Dra. Aminata "
    f"Kone, de la ONG Santé Sahel? Su correo: {_AMINATA}",
    "Könnten Sie Samuel Leroy (samuel@leroy.example) mit Frau Dr. Aminata Kone von der NGO "
    f"Santé Sahel bekannt machen? Ihre Adresse: {_AMINATA}",
    "Você poderia apresentar o Samuel Leroy (samuel@leroy.example) à Dra. Aminata Kone, da "
    f"ONG Santé Sahel? O e-mail dela: {_AMINATA}",
    "Tafadhali mtambulishe Samuel Leroy (samuel@leroy.example) kwa Dkt. Aminata Kone wa asasi "
    f"ya Santé Sahel. Barua pepe yake ni {_AMINATA}",
]


@pytest.mark.parametrize("body", _ASKS)
def test_an_ngo_after_the_one_asked_for_leaves_her_the_address(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.a == _SAM
    assert result.b == Party("Aminata Kone", _AMINATA)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Could you put Samuel (cf. below) in touch with Dr Aminata Kone?",
        "Pourriez-vous mettre Samuel (cf. ci-dessous) en relation avec le Dr Aminata Kone ?",
        "Könnten Sie Samuel (vgl. unten) mit Frau Dr. Aminata Kone bekannt machen?",
    ],
)
def test_an_abbreviation_opening_a_bracket_ends_no_sentence(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.name == "Aminata Kone"


def test_a_second_address_for_one_with_an_address_still_ties_nothing() -> None:
    # Her address given, two people named: the pronoun may mean either, as before.
    result = understand(
        "Could you connect Samuel Leroy with Dr Aminata Kone? Her address: info@santesahel.example"
    )
    assert result.b is not None
    assert result.b.email is None
