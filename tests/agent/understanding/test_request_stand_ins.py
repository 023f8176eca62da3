"""Someone of the writer's introduced in the writer's place ("Bitte stellen Sie meinen
Mann Tobias Krüger (...) vor, nicht mich", ``stand_in_principals``): the ask's "us" or
"me" is that one, as after a proxy phrase; anyone else so named, or a name without an
owner and a role before it, leaves the agent asking."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_TOBIAS = Party("Tobias Kruger", "tobias.k@web.example")
_SELIN = Party("Selin Aydin", "selin.aydin@kinderherz.example")


@pytest.mark.parametrize(
    "ask",
    [
        "Hi,\n\ncould you put us in touch with Dr. Selin Aydin (selin.aydin@kinderherz.example)?"
        "\n\nPlease introduce my husband Tobias Kruger (tobias.k@web.example), not me - he is "
        "on leave and handles the appointments.",
        "Bonjour,\n\npourriez-vous nous mettre en relation avec le Dr Selin Aydin "
        "(selin.aydin@kinderherz.example) ?\n\nMerci de présenter mon mari Tobias Kruger "
        "(tobias.k@web.example), pas moi : il est en congé.",
        "Hola,\n\n¿podría ponernos en contacto con la Dra. Selin Aydin "
        "(selin.aydin@kinderherz.example)?\n\nPor favor, presente a mi marido Tobias Kruger "
        "(tobias.k@web.example), no a mí: él tiene permiso.",
        "Hallo,\n\nkönnten Sie uns bitte mit Dr. Selin Aydin (selin.aydin@kinderherz.example) "
        "in Kontakt bringen?\n\nBitte stellen Sie meinen Mann Tobias Kruger "
        "(tobias.k@web.example) vor, nicht mich - er hat Elternzeit.",
        "Olá,\n\npoderia pôr-nos em contacto com a Dra. Selin Aydin "
        "(selin.aydin@kinderherz.example)?\n\nPor favor, apresente o meu marido Tobias Kruger "
        "(tobias.k@web.example), não a mim: ele está de licença.",
        "Habari,\n\ntafadhali tuunganishe na Dkt. Selin Aydin (selin.aydin@kinderherz.example)."
        "\n\nTafadhali mtambulishe mume wangu Tobias Kruger (tobias.k@web.example), si mimi, "
        "yeye ana likizo.",
    ],
)
def test_the_one_of_the_writers_stands_in_for_them(ask: str) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_TOBIAS, _SELIN}
    assert result.confident


@pytest.mark.parametrize(
    "ask",
    [
        # Near-miss: "not me" after someone the writer only tells of.
        "Hi,\n\ncould you connect me with Maya Chen (maya@chen.example)? She asked for Tom Ray "
        "(tom@ray.example), not me.",
        # Near-miss: no owner and role before the name: who stands in is not said.
        "Hi,\n\ncould you put us in touch with Dr. Selin Aydin (selin.aydin@kinderherz.example)?"
        "\n\nPlease introduce Tobias Kruger (tobias.k@web.example), not me - he is on leave.",
        # Near-miss: the one standing in has no address.
        "Hi,\n\ncould you put us in touch with Dr. Selin Aydin (selin.aydin@kinderherz.example)?"
        "\n\nPlease introduce my husband Tobias, not me - he is on leave.",
    ],
)
def test_no_one_else_is_taken_for_the_writer(ask: str) -> None:
    result = understand(ask)
    assert not result.confident


def test_instead_of_me_telling_how_the_ask_is_made_keeps_the_writer() -> None:
    result = understand(
        "Hi,\n\nI've cc'd the agent so Maya Chen (maya@chen.example) gets asked properly "
        "instead of me emailing her cold. Please introduce me to Maya Chen."
    )
    assert {result.a, result.b} == {
        Party("Ann Lee", "ann@lee.example"),
        Party("Maya Chen", "maya@chen.example"),
    }
    assert result.confident
