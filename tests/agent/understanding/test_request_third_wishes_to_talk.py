"""Someone's wish to talk with another, as "Ann would like to talk to Bob" asks in English:
Portuguese "A Beatriz Lobo (...), que está a montar uma startup, queria falar com o Kwame
Asante (...)" ("gostaria", "gostava", "quer", "adoraria de falar|conversar com"), as the
second numbered item of a list of asks, and Spanish "Beatriz quiere hablar con Ana"
("querría", "quisiera"; "conversar", "platicar") pair the two. The Portuguese pair was
left out of the request."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_BEATRIZ = Party("Beatriz Lobo", "bia.lobo@gmail.com")
_KWAME = Party("Kwame Asante", "kwame.asante@fidelis.example")


@pytest.mark.parametrize(
    "wish",
    [
        "A Beatriz Lobo <bia.lobo@gmail.com>, que está a montar uma startup no Porto, queria"
        " falar com o Kwame Asante <kwame.asante@fidelis.example>.",
        "A Beatriz Lobo (bia.lobo@gmail.com) gostava de conversar com o Kwame Asante"
        " (kwame.asante@fidelis.example).",
        "Beatriz Lobo (bia.lobo@gmail.com) quiere hablar con Kwame Asante"
        " (kwame.asante@fidelis.example).",
        "Beatriz Lobo (bia.lobo@gmail.com) quisiera conversar con Kwame Asante"
        " (kwame.asante@fidelis.example).",
    ],
)
def test_a_wish_to_talk_with_another_pairs_them(wish: str) -> None:
    result = understand(f"Bom dia,\n\n{wish}\n\nObrigada!\nMariana")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_BEATRIZ, _KWAME}
    assert result.confident


def test_the_wish_as_a_second_numbered_item_is_its_own_pair() -> None:
    result = understand(
        "Bom dia,\n\nTenho dois pedidos:\n\n1) O Duarte Mendes (duarte@marebio.example)"
        " gostaria de conhecer a Dra. Teresa Albuquerque (teresa@av.example).\n\n2) A Beatriz"
        " Lobo <bia.lobo@gmail.com>, que está a montar uma startup no Porto, queria falar com"
        " o Kwame Asante <kwame.asante@fidelis.example>.\n\nObrigada!\nMariana"
    )
    pairs = [{result.a, result.b}] + [{more.a, more.b} for more in result.more]
    assert {_BEATRIZ, _KWAME} in pairs
