"""A command to introduce two others named before it pleads as "please" does
(``them_commands``): "Preséntalos.", "Preséntales." (the leísmo of Spain), "Présentez-les.",
"Apresente-os.", "Stellen Sie die beiden einander vor.", "Watambulishe." pair the two named
with addresses, as "Introduce them." does; after a condition only the writer can weigh
("Si te parece oportuno, preséntales.") it is asked about. A negated ask, someone else
named after the pronoun, or an intro told as done asks nothing of the agent."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

NORA = Party("Nora Blanco", "nora@blanco.example")
IKER = Party("Iker Sáez", "iker@saez.example")
_PAIR = "Nora Blanco (nora@blanco.example) {} Iker Sáez (iker@saez.example) {}. "
_ES = _PAIR.format("abre una panadería e", "hace hornos")
_FR = _PAIR.format("ouvre une boulangerie et", "fabrique des fours")
_PT = "A " + _PAIR.format("abre uma padaria e o", "faz fornos")
_DE = _PAIR.format("eröffnet eine Bäckerei und", "baut Öfen")
_SW = _PAIR.format("anafungua duka la mikate na", "anatengeneza majiko")


@pytest.mark.parametrize(
    "body",
    [
        _ES + "Preséntalos.",
        _ES + "Preséntales cuando puedas.",
        _ES + "Preséntenles, gracias.",
        _FR + "Présentez-les.",
        _FR + "Présente-les l'un à l'autre.",
        _PT + "Apresente-os.",
        _PT + "Ponha-os em contato.",
        _DE + "Stellen Sie die beiden einander vor.",
        _DE + "Stell sie einander vor.",
        _DE + "Bring die beiden zusammen.",
        _SW + "Watambulishe.",
    ],
)
def test_a_command_for_them_pairs_the_two_named(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.confident
    assert {result.a, result.b} == {NORA, IKER}


@pytest.mark.parametrize(
    "body",
    [
        _ES + "Si te parece oportuno, preséntales.",
        _FR + "Si tu le juges utile, présentez-les.",
    ],
)
def test_a_command_after_a_condition_is_asked_about(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        _ES + "No hace falta que los presentes, ya se conocen.",
        _ES + "Ya los presenté el año pasado.",
        _FR + "Je les ai présentés l'un à l'autre hier.",
        _DE + "Ich habe die beiden schon einander vorgestellt.",
    ],
)
def test_a_negated_or_told_intro_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"


def test_someone_named_after_them_is_never_acted_on() -> None:
    # "Preséntales a mi socio Luis Gómez": Luis is presented to the two, a third side.
    result = understand(_ES + "Preséntales a mi socio Luis Gómez (luis@gomez.example).")
    assert not result.confident
