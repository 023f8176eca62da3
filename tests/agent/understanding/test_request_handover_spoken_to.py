"""A sentence handing the agent the intro that speaks to the one person the mail is
written to ("para que te presente al Dr. Andrés Salgado (...)", "to introduce you to"):
that one is "you", named in the mail or not; without a link speaking to them, or with
more than one written to, the one left unnamed is no party."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_request_copied_agent import AGENT, understand

MARTA = Party("Marta Quiroga", "marta.quiroga@gmail.com")
TO = "Marta Quiroga <marta.quiroga@gmail.com>"
CC = f"Intro Agent <{AGENT}>"


@pytest.mark.parametrize(
    ("body", "other"),
    [
        (
            "Hola guapa, perdona el retraso. Lo de tu app: pongo en copia a mi agente de "
            "presentaciones para que te presente al Dr. Andrés Salgado "
            "(asalgado@hospital.example). Es el jefe de endocrino.",
            Party("Andrés Salgado", "asalgado@hospital.example"),
        ),
        (
            "Hi there, sorry for the slow reply. I've cc'd my intro agent to introduce you "
            "to Dr Paul Nash (paul.nash@clinic.example), he runs the diabetes unit.",
            Party("Paul Nash", "paul.nash@clinic.example"),
        ),
        (
            "Coucou, désolée du retard. Je mets en copie mon agent d'intro pour te présenter "
            "au Dr Paul Nash (paul.nash@clinic.example), il dirige le service.",
            Party("Paul Nash", "paul.nash@clinic.example"),
        ),
        (
            "Oi querida, desculpa a demora. Coloquei meu agente de apresentações em cópia "
            "para te apresentar ao Dr. Paulo Nunes (paulo.nunes@clinica.example).",
            Party("Paulo Nunes", "paulo.nunes@clinica.example"),
        ),
    ],
)
def test_the_one_written_to_is_who_the_link_speaks_to(body: str, other: Party) -> None:
    result = understand(body, to=TO, cc=CC)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {MARTA, other}
    assert result.confident


def test_two_written_to_leave_the_unnamed_one_no_party() -> None:
    result = understand(
        "Hola, pongo en copia a mi agente de presentaciones para que te presente al Dr. "
        "Andrés Salgado (asalgado@hospital.example).",
        to=f"{TO}, Luis Gil <luis@gil.example>",
        cc=CC,
    )
    assert not result.confident


def test_a_handover_without_a_link_to_you_leaves_the_unnamed_one_no_party() -> None:
    result = understand(
        "Hola guapa, pongo en copia a mi agente de presentaciones, el Dr. Andrés Salgado "
        "(asalgado@hospital.example) está de vacaciones.",
        to=TO,
        cc=CC,
    )
    assert not result.confident
