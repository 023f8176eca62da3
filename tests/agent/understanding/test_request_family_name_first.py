"""A name written family name first on the headers ("Tan Wei Ling <weiling.tan@...>") is
the one the text calls by the words after it ("Wei Ling, meet Arjun"), when the address
spells those words; another on the mail sharing one of them, or an address not spelling
them, leaves the name unsure."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import AGENT, understand

_TO = "Tan Wei Ling <weiling.tan@sims.example>, Arjun Menon <arjun.menon@px.example>"
_WEI_LING = Party("Tan Wei Ling", "weiling.tan@sims.example")
_ARJUN = Party("Arjun Menon", "arjun.menon@px.example")

_MEETS = [
    "Hi both,\n\nWei Ling, meet Arjun. Arjun runs the applications team at ProteomiX.",
    "Bonjour à tous les deux,\n\nWei Ling, je te présente Arjun. Arjun dirige l'équipe"
    " applications chez ProteomiX.",
    "Hola a los dos:\n\nWei Ling, te presento a Arjun. Arjun dirige el equipo de"
    " aplicaciones de ProteomiX.",
    "Hallo ihr beiden,\n\nWei Ling, darf ich dir Arjun vorstellen? Arjun leitet das"
    " Applikationsteam bei ProteomiX.",
    "Olá aos dois,\n\nWei Ling, apresento-te o Arjun. O Arjun lidera a equipa de aplicações"
    " da ProteomiX.",
    "Habari zenu,\n\nWei Ling, kutana na Arjun. Arjun anaongoza timu ya ProteomiX.",
]


@pytest.mark.parametrize("body", _MEETS)
def test_the_words_after_a_family_name_the_address_spells_name_them(body: str) -> None:
    result = understand(body, sender="Tan Hui Min <huimin.tan@sims.example>", to=_TO, cc=AGENT)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_WEI_LING, _ARJUN}
    assert result.confident


def test_the_words_spelled_one_a_piece_name_them_too() -> None:
    result = understand(
        _MEETS[0],
        sender="Tan Hui Min <huimin.tan@sims.example>",
        to="Tan Wei Ling <wei.ling.tan@sims.example>, Arjun Menon <arjun.menon@px.example>",
        cc=AGENT,
    )
    assert {result.a, result.b} == {Party("Tan Wei Ling", "wei.ling.tan@sims.example"), _ARJUN}
    assert result.confident


@pytest.mark.parametrize(
    "to",
    [
        # The address does not spell "Wei Ling".
        "Tan Wei Ling <tan.wl@sims.example>, Arjun Menon <arjun.menon@px.example>",
        # Another Wei on the mail.
        "Tan Wei Ling <weiling.tan@sims.example>, Wei Zhang <wei.zhang@sims.example>,"
        " Arjun Menon <arjun.menon@px.example>",
        # Two whose names go on with "Wei Ling".
        "Tan Wei Ling <weiling.tan@sims.example>, Lim Wei Ling <weiling.lim@sims.example>,"
        " Arjun Menon <arjun.menon@px.example>",
    ],
)
def test_a_near_miss_leaves_the_name_unsure(to: str) -> None:
    result = understand(_MEETS[0], sender="Tan Hui Min <huimin.tan@sims.example>", to=to, cc=AGENT)
    assert not result.confident


def test_a_name_of_three_words_is_not_read_from_its_second() -> None:
    result = understand(
        _MEETS[0],
        sender="Tan Hui Min <huimin.tan@sims.example>",
        to="Tan Wei Ling Mei <weiling@sims.example>, Arjun Menon <arjun.menon@px.example>",
        cc=AGENT,
    )
    assert not result.confident
