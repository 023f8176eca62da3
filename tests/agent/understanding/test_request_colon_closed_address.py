"""An address after a colon closing the ask's sentence is the one person it names
without an address, where it spells their name, as one after a dash is: German puts the
ask's verb last, so the address follows it ("... mit Frau Ulrike Rädler zusammenbringen:
u.raedler@..."). The end of its line closes that sentence where the next line opens
with a capital."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_FORWARDED = (
    "\n\nGruß aus Augsburg\nGeorg Hindelang\n\n\nAnfang der weitergeleiteten Nachricht:\n\n"
    "Von: Martin Zengerle <info@zengerle.example>\nBetreff: Statiker\n"
    "An: Georg Hindelang <g.hindelang@hwk.example>\n\n"
    "Servus Herr Hindelang,\n\nkennen Sie einen Statiker? Wär Ihnen dankbar.\n\n"
    "Martin Zengerle"
)


@pytest.mark.parametrize(
    ("ask", "name", "email"),
    [
        (
            "bitte den Schreinermeister Martin Zengerle (siehe unten) mit Frau Dipl.-Ing. "
            "Ulrike Rädler vom Ingenieurbüro Rädler in Kempten zusammenbringen: "
            "u.raedler@ib-raedler.example\nSie macht Tragwerksplanung für Holzbau.",
            "Ulrike Rädler",
            "u.raedler@ib-raedler.example",
        ),
        (
            "könnten Sie Martin Zengerle (siehe unten) bitte mit Herrn Jonas Weidinger vom "
            "Institut für Energiesysteme in Verbindung bringen: j.weidinger@ise.example\n"
            "Er plant Holzbauten.",
            "Jonas Weidinger",
            "j.weidinger@ise.example",
        ),
        (
            "könnten Sie Martin Zengerle (siehe unten) mit Frau Ulrike Rädler bekannt machen: "
            "u.raedler@ib-raedler.example",
            "Ulrike Rädler",
            "u.raedler@ib-raedler.example",
        ),
    ],
)
def test_an_address_after_a_colon_closing_the_ask_is_the_one_named(
    ask: str, name: str, email: str
) -> None:
    result = understand(
        "Hallo,\n\n" + ask + _FORWARDED,
        sender="Georg Hindelang <g.hindelang@hwk.example>",
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {
        Party("Martin Zengerle", "info@zengerle.example"),
        Party(name, email),
    }
    assert result.confident


def test_an_address_after_a_colon_that_spells_no_one_named_ties_nothing() -> None:
    result = understand(
        "Hallo,\n\nbitte mich mit Frau Ulrike Rädler vom Ingenieurbüro in Kempten "
        "bekannt machen: info@ingenieure-kempten.example\nSie macht Tragwerksplanung.\n\n"
        "Gruß\nGeorg Hindelang",
        sender="Georg Hindelang <g.hindelang@hwk.example>",
    )
    assert result.kind == "intro_request"
    assert not result.confident


def test_an_address_whose_line_goes_on_in_lower_case_still_closes_nothing() -> None:
    result = understand(
        "Hi,\n\ncould you introduce me to Ulrike Raedler of the engineering office - "
        "u.raedler@ib-raedler.example\nis her old one, I think.\n\nThanks\nGeorg",
        sender="Georg Hindelang <g.hindelang@hwk.example>",
    )
    assert result.kind == "intro_request"
    assert not result.confident
