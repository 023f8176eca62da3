"""Two asks set out one after the other, each opening on a word of sequence ("First,",
"Primero,", "Ensuite,", "Erstens", "Depois,", "Kwanza,"), the second for the same
person again "too" ("también a Nuno", "aussi à Nuno", "auch mit Nuno", "também ao
Nuno", "also to Nuno"): the word of sequence is no one's name, and the
second pair is a further pair of the same request."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_DARIO = Party("Dario Salas", "dario@salas-arq.example")
_NUNO = Party("Nuno Brito", "nuno@brito-obras.example")
_LEA = Party("Lea Sandoval", "lea@sandoval-ing.example")
_WRITER = "Marta Quiroga <marta@quiroga-estudio.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nFirst, please introduce Dario Salas (dario@salas-arq.example) to Nuno Brito "
        "(nuno@brito-obras.example), for the school extension.\n\nThen, separately, please "
        "introduce Lea Sandoval (lea@sandoval-ing.example), our engineer, also to Nuno."
        "\n\nMarta",
        "Hola,\n\nPrimero, presentar a Dario Salas (dario@salas-arq.example) a Nuno Brito "
        "(nuno@brito-obras.example), por la ampliación del colegio.\n\nLuego, en otro "
        "correo, presentar a Lea Sandoval (lea@sandoval-ing.example), nuestra ingeniera, "
        "también a Nuno.\n\nMarta",
        "Bonjour,\n\nPremièrement, présenter Dario Salas (dario@salas-arq.example) à Nuno "
        "Brito (nuno@brito-obras.example), pour l'extension de l'école.\n\nEnsuite, "
        "présenter Lea Sandoval (lea@sandoval-ing.example), notre ingénieure, aussi à Nuno."
        "\n\nMarta",
        "Hallo,\n\nerstens bitte Dario Salas (dario@salas-arq.example) mit Nuno Brito "
        "(nuno@brito-obras.example) bekannt machen, wegen des Schulanbaus.\n\nZweitens "
        "bitte Lea Sandoval (lea@sandoval-ing.example), unsere Statikerin, auch mit Nuno "
        "bekannt machen.\n\nMarta",
        "Olá,\n\nPrimeiro, apresentar o Dario Salas (dario@salas-arq.example) ao Nuno Brito "
        "(nuno@brito-obras.example), por causa da ampliação da escola.\n\nDepois, "
        "apresentar a Lea Sandoval (lea@sandoval-ing.example), a nossa engenheira, também "
        "ao Nuno.\n\nMarta",
    ],
)
def test_a_second_ask_for_the_same_person_is_a_further_pair(body: str) -> None:
    result = understand(body, sender=_WRITER)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_DARIO, _NUNO}
    assert [{pair.a, pair.b} for pair in result.more] == [{_LEA, _NUNO}]
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Hola,\n\nLuego, presentar a Dario Salas (dario@salas-arq.example) a Nuno Brito "
        "(nuno@brito-obras.example).\n\nMarta",
        "Bonjour,\n\nEnsuite, présenter Dario Salas (dario@salas-arq.example) à Nuno Brito "
        "(nuno@brito-obras.example).\n\nMarta",
    ],
)
def test_a_word_of_sequence_opening_the_ask_is_no_name(body: str) -> None:
    result = understand(body, sender=_WRITER)
    assert {result.a, result.b} == {_DARIO, _NUNO}
    assert result.more == ()
    assert result.confident
