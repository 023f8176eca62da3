"""A demonstrative and a noun of a person ("this student", "cette étudiante", "esta
persona", "diese Studentin", "esta pessoa", "mwanafunzi huyu") is one person written about,
as "this gentleman" is: in a forward's note, the forwarded mail's author; elsewhere no one
certain."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_HENRIK = Party("Henrik Dahl", "henrik@pantry.example")
_CARMEN = Party("Carmen Delgado", "carmen@olivar.example")
_SENDER = "Antonio Morales <gerencia@olivar.example>"


def _forward(note: str) -> str:
    return (
        f"{note}\n\nUn saludo,\nAntonio\n\n-------- Mensaje reenviado --------\n"
        "Asunto: Prácticas\nFecha: Mon, 3 Nov 2025 12:40:11 +0100\n"
        "De: Henrik Dahl <henrik@pantry.example>\nPara: gerencia@olivar.example\n\n"
        "Estimados señores,\n\nMe gustaría hacer unas prácticas de seis meses en su equipo."
        "\n\nAtentamente,\nHenrik Dahl\n"
    )


@pytest.mark.parametrize(
    "note",
    [
        "pourriez-vous mettre en relation cette étudiante avec ma collègue la Pr Carmen"
        " Delgado <carmen@olivar.example> ?",
        "Pourriez-vous présenter cet étudiant à Carmen Delgado (carmen@olivar.example) ?",
        "Could you introduce this student to Carmen Delgado (carmen@olivar.example)?",
        "Can you connect this guy with Carmen Delgado (carmen@olivar.example)?",
        "¿Puedes presentar a esta persona a Carmen Delgado (carmen@olivar.example)?",
        "¿Podrías poner a este estudiante en contacto con Carmen Delgado (carmen@olivar.example)?",
        "Könnten Sie diese Studentin mit Carmen Delgado (carmen@olivar.example) bekannt machen?",
        "Könnten Sie diesen Bewerber bitte Carmen Delgado (carmen@olivar.example) vorstellen?",
        "Você pode apresentar esta estudante à Carmen Delgado (carmen@olivar.example)?",
        "Tafadhali mtambulishe mwanafunzi huyu kwa Carmen Delgado (carmen@olivar.example).",
    ],
)
def test_this_student_in_a_forwards_note_is_its_author(note: str) -> None:
    result = understand(_forward(note), sender=_SENDER, subject="Fwd: Prácticas")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_HENRIK, _CARMEN}
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Could you introduce this student to Carmen Delgado (carmen@olivar.example)?",
        "Pourriez-vous présenter cette étudiante à Carmen Delgado (carmen@olivar.example) ?",
        "¿Puedes presentar a esta persona a Carmen Delgado (carmen@olivar.example)?",
    ],
)
def test_this_student_outside_a_forward_is_no_one_certain(text: str) -> None:
    result = understand(text, sender=_SENDER)
    assert not result.confident


@pytest.mark.parametrize(
    "note",
    [
        "Could you introduce this project to Carmen Delgado (carmen@olivar.example)?",
        "Pourriez-vous présenter cette idée à Carmen Delgado (carmen@olivar.example) ?",
    ],
)
def test_a_demonstrative_and_a_thing_is_no_one(note: str) -> None:
    result = understand(_forward(note), sender=_SENDER, subject="Fwd: Prácticas")
    assert _HENRIK not in (result.a, result.b) or not result.confident


def test_this_student_told_of_asks_nothing() -> None:
    result = understand(
        _forward("Esta estudiante nos escribió ayer, para que lo sepáis."),
        sender=_SENDER,
        subject="RV: Prácticas",
    )
    assert result.kind == "not_a_request"
