"""Spanish "me ayudas a conectar a X con Y": the "me" is whom the agent helps, and the two
to meet are X and Y, as "help me connect X with Y" is read in the other languages; with
no "con" after the one named, "me ayudas a contactar a X" is still the writer and X."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_PATRICIA = Party("Patricia Ramírez", "pr@semilla.example")
_TOMAS = Party("Tomás Iglesias", "ti@hospital.example")


@pytest.mark.parametrize(
    "text",
    [
        "me ayudas a conectar a la Sra. Patricia Ramírez <pr@semilla.example> con el Dr. Tomás"
        " Iglesias <ti@hospital.example> ??",
        "¿Me ayudarías a conectar a Patricia Ramírez (pr@semilla.example) con Tomás Iglesias"
        " (ti@hospital.example)?",
        "¿Me puedes ayudar a conectar a Patricia Ramírez (pr@semilla.example) con Tomás"
        " Iglesias (ti@hospital.example)?",
        "Ayúdame a juntar a Patricia Ramírez (pr@semilla.example) con Tomás Iglesias"
        " (ti@hospital.example), porfa.",
        "¿Nos ayudas a conectar a Patricia Ramírez (pr@semilla.example) con Tomás Iglesias"
        " (ti@hospital.example)?",
        "Can you help me connect Patricia Ramírez (pr@semilla.example) with Tomás Iglesias"
        " (ti@hospital.example)?",
        "Tu peux m'aider à mettre Patricia Ramírez (pr@semilla.example) en relation avec Tomás"
        " Iglesias (ti@hospital.example) ?",
        "Kannst du mir helfen, Patricia Ramírez (pr@semilla.example) mit Tomás Iglesias"
        " (ti@hospital.example) zu verbinden?",
        "Me ajudas a conectar a Patricia Ramírez (pr@semilla.example) com o Tomás Iglesias"
        " (ti@hospital.example)?",
    ],
)
def test_help_me_connect_two_pairs_the_two(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_PATRICIA, _TOMAS)
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "¿Me ayudas a conectar con Tomás Iglesias (ti@hospital.example)?",
        "¿Me ayudas a contactar a Tomás Iglesias (ti@hospital.example)?",
        "¿Me puedes ayudar a contactar a Tomás Iglesias (ti@hospital.example) con urgencia?",
        "Ayúdame a conectar con Tomás Iglesias (ti@hospital.example), porfa.",
    ],
)
def test_help_me_connect_with_one_is_the_writer_and_that_one(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_WRITER, _TOMAS)
