"""A first name written after its surname in capitals, as forms and lists write it, is
named by first name and surname when their address spells both: "PÉREZ Andrés
(andres.perez@...)" is Andrés Pérez. A word in capitals the address does not spell, or an
address spelling only one of them, leaves the name as before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "me puedes conectar con PÉREZ Andrés (andres.perez@fintech.example)? lo conocí"
            " en el meetup",
            Party("Andrés Pérez", "andres.perez@fintech.example"),
        ),
        (
            "Pourriez-vous me présenter à DUPONT Marie (marie.dupont@x.example) ?",
            Party("Marie Dupont", "marie.dupont@x.example"),
        ),
        (
            "Could you introduce me to SMITH John (john.smith@x.example)?",
            Party("John Smith", "john.smith@x.example"),
        ),
        (
            "Könnten Sie mich mit MÜLLER Hans (hans.mueller@x.example) bekannt machen?",
            Party("Hans Müller", "hans.mueller@x.example"),
        ),
        (
            "Poderia me apresentar ao SILVA João (joao.silva@x.example)?",
            Party("João Silva", "joao.silva@x.example"),
        ),
        (
            "Tafadhali niunganishe na MREMA Zawadi (zawadi.mrema@x.example).",
            Party("Zawadi Mrema", "zawadi.mrema@x.example"),
        ),
    ],
)
def test_a_surname_in_capitals_first(text: str, b: Party) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b == b


@pytest.mark.parametrize(
    "text",
    [
        "Could you introduce me to CEO Andrés (andres.perez@x.example)?",
        "Could you introduce me to SMITH John (jsmith@x.example)?",
    ],
)
def test_capitals_the_address_does_not_bear_out(text: str) -> None:
    result = understand(text)
    assert result.b is not None
    assert result.b.name in ("Andrés", "John")
