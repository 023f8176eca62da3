"""The Spanish past subjunctive spoken to the one written to asks as the present one does
("Me gustaría que presentaras a Nuria Vidal (...) y a Iker Sanz (...)", "Te agradecería
que presentaras a ...", "quisiera que me pusieras en contacto con ..."), two people joined
by "y" the pair; a subjunctive of someone else's doing ("que el director presentara el
informe") asks nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_NURIA = Party("Nuria Vidal", "nuria@vidal.example")
_IKER = Party("Iker Sanz", "iker@sanz.example")


@pytest.mark.parametrize(
    "body",
    [
        "Me gustaría que presentaras a Nuria Vidal (nuria@vidal.example) y a Iker Sanz"
        " (iker@sanz.example).",
        "Me gustaría que presentaras a Nuria Vidal (nuria@vidal.example) y Iker Sanz"
        " (iker@sanz.example).",
        "Te agradecería que presentaras a Nuria Vidal (nuria@vidal.example) e Iker Sanz"
        " (iker@sanz.example).",
        "Quisiera que presentases a Nuria Vidal (nuria@vidal.example) y a Iker Sanz"
        " (iker@sanz.example).",
    ],
)
def test_a_past_subjunctive_pair_is_asked(body: str) -> None:
    result = understand(f"Hola,\n\n{body}\n\nGracias,\nAnn")
    assert (result.a, result.b) == (_NURIA, _IKER)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Quisiera que me pusieras en contacto con Nuria Vidal (nuria@vidal.example).",
        "Me gustaría que me presentaras a Nuria Vidal (nuria@vidal.example).",
    ],
)
def test_a_past_subjunctive_for_the_writer_is_asked(body: str) -> None:
    result = understand(f"Hola,\n\n{body}\n\nGracias,\nAnn")
    assert (result.a, result.b) == (Party("Ann Lee", "ann@lee.example"), _NURIA)
    assert result.confident


def test_someone_elses_subjunctive_asks_nothing() -> None:
    result = understand(
        "Hola,\n\nEl director quería que presentara el informe a Nuria Vidal y a Iker Sanz"
        " antes del viernes.\n\nGracias,\nAnn"
    )
    assert result.kind != "intro_request" or not result.confident
