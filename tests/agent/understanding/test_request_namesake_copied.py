"""A first name written alone for a party ("introduce Dana to Leo Martin (...)") is not
read as the one fuller name of the text ("Dana Kim (dana.kim@...)") when someone copied
bears that first name under another name (Dana White on Cc): which Dana is meant the mail
does not say, so the request is asked about; it was acted on with Dana Kim's address. With
no namesake copied, or the one copied being the one the text names in full, the name is
read as before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_LEO = Party("Leo Martin", "leo@martinlaw.example")
_COPIED = "Dana White <dana@acme-freight.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Please introduce Dana to Leo Martin (leo@martinlaw.example). Dana Kim"
        " (dana.kim@northwind.example) from our Berlin office may want an intro later too.",
        "Pourriez-vous présenter Dana à Leo Martin (leo@martinlaw.example) ? Au fait, Dana"
        " Kim (dana.kim@northwind.example) vous passe le bonjour.",
        "¿Puedes presentar a Dana a Leo Martin (leo@martinlaw.example)? Por cierto, Dana Kim"
        " (dana.kim@northwind.example) te manda saludos.",
        "Könnten Sie Dana mit Leo Martin (leo@martinlaw.example) bekannt machen? Übrigens"
        " lässt Dana Kim (dana.kim@northwind.example) grüßen.",
        "Pode apresentar a Dana ao Leo Martin (leo@martinlaw.example)? A propósito, a Dana"
        " Kim (dana.kim@northwind.example) manda cumprimentos.",
        "Tafadhali mtambulishe Dana kwa Leo Martin (leo@martinlaw.example). Kwa njia, Dana"
        " Kim (dana.kim@northwind.example) anakusalimu.",
    ],
)
def test_a_first_name_two_people_bear_is_asked_about(body: str) -> None:
    result = understand(f"Hi,\n\n{body}\n\nMaya", cc=_COPIED, subject="intro")
    assert result.kind == "intro_request"
    assert result.b == _LEO
    assert not result.confident
    assert result.a is not None and result.a.email != "dana.kim@northwind.example"


def test_the_one_copied_named_in_full_is_still_acted_on() -> None:
    result = understand(
        "Hi,\n\nPlease introduce Dana to Leo Martin (leo@martinlaw.example). Dana White is"
        " copied here.\n\nMaya",
        cc=_COPIED,
        subject="intro",
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {Party("Dana White", "dana@acme-freight.example"), _LEO}
    assert result.confident


def test_with_no_namesake_copied_the_fuller_name_is_read() -> None:
    result = understand(
        "Hi,\n\nPlease introduce Dana to Leo Martin (leo@martinlaw.example). Dana Kim"
        " (dana.kim@northwind.example) runs our Berlin office.\n\nMaya",
        subject="intro",
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {Party("Dana Kim", "dana.kim@northwind.example"), _LEO}
    assert result.confident
