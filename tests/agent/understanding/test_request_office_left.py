"""An out-of-office cue right after a word of moving ("accountants itching to get out of
the office", "con ganas de salir fuera de la oficina", "loucos para sair fora do
escritório") tells of a place someone leaves, not of the writer's absence: the mail is no
auto-reply and its ask is read. The cue said of the writer ("I am out of the office until
Monday", "estoy fuera de la oficina") still makes the mail an auto-reply. French, German
and Swahili say an absence with no such movement ("absent du bureau", "nicht im Büro",
"sipo ofisini")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_CAROL = Party("Carol Diaz", "carol@diaz.example")


@pytest.mark.parametrize(
    "text",
    [
        "Could you connect me with Carol Diaz (carol@diaz.example)? She has a whole floor of"
        " accountants itching to get out of the office for a day.",
        "Could you connect me with Carol Diaz (carol@diaz.example)? Her team is always"
        " looking for an excuse to step out of the office.",
        "¿Podrías ponerme en contacto con Carol Diaz (carol@diaz.example)? Tiene un equipo"
        " entero con ganas de salir fuera de la oficina un día.",
        "Pode me pôr em contato com a Carol Diaz (carol@diaz.example)? Ela tem uma equipe"
        " inteira louca para sair fora do escritório um dia.",
    ],
)
def test_leaving_the_office_leaves_the_ask(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {Party("Ann Lee", "ann@lee.example"), _CAROL}
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "I am out of the office until Monday. Carol Diaz (carol@diaz.example) and Bob Ray"
        " (bob@ray.example) can help meanwhile.",
        "Estoy fuera de la oficina hasta el lunes. Carol Diaz (carol@diaz.example) y Bob Ray"
        " (bob@ray.example) pueden ayudarle.",
        "Estou fora do escritório até segunda. Carol Diaz (carol@diaz.example) e Bob Ray"
        " (bob@ray.example) podem ajudar.",
    ],
)
def test_the_writer_out_of_the_office_is_still_an_auto_reply(text: str) -> None:
    assert understand(text).kind == "not_a_request"
