"""An address written apart from the name it is for (on the line after the ask, after its
question mark) is tied to that name when it spells it with an umlaut spelled out
("kannst du mich bitte mit Jörg Lang vom Kanuverein Lahnstein verknüpfen?\\n
joerg.lang@kv-lahnstein.de", "juergen.mueller@" for Jürgen Müller, "jstrauss@" for
Jürgen Strauß), as it is when it spells it with the umlaut left out ("jorg.lang@") or
with an accent left out ("jose.nunez@" for José Núñez). An address spelling another
first name ("jens.lang@") is not theirs."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    ("body", "party"),
    [
        (
            "Hallo,\n\nkannst du mich bitte mit Jörg Lang vom Kanuverein Lahnstein verknüpfen?"
            "\njoerg.lang@kv-lahnstein.de\n\nWir planen eine Paddeltour auf der Lahn.\n\nGruß",
            Party("Jörg Lang", "joerg.lang@kv-lahnstein.de"),
        ),
        (
            "Hallo, kannst du mich bitte mit Jürgen Müller verknüpfen?\njuergen.mueller@kv.de",
            Party("Jürgen Müller", "juergen.mueller@kv.de"),
        ),
        (
            "Hallo, kannst du mich bitte mit Jürgen Strauß verknüpfen?\njstrauss@kv.de",
            Party("Jürgen Strauß", "jstrauss@kv.de"),
        ),
        (
            "Hi, could you introduce me to Björn Sæther? bjoern.saether@fjord.example",
            Party("Björn Sæther", "bjoern.saether@fjord.example"),
        ),
        (
            "Hallo, kannst du mich bitte mit Jörg Lang verknüpfen?\njorg.lang@kv.de",
            Party("Jörg Lang", "jorg.lang@kv.de"),
        ),
    ],
)
def test_an_address_spelling_an_umlaut_out_is_theirs(body: str, party: Party) -> None:
    assert confident_b(body) == party


def test_an_address_spelling_another_first_name_is_not_theirs() -> None:
    result = understand("Hallo, kannst du mich bitte mit Jörg Lang verknüpfen?\njens.lang@kv.de")
    assert result.b is not None and result.b.email is None
    assert not result.confident
