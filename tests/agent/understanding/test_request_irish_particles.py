"""An Irish surname's particle of one capital letter ("Tomás Ó Murchú", "Pádraig Ó Sé")
is part of the name it stands in, as "Mac", "Ní", "Nic" and "Uí", words of two letters
or more, already are; "Ó" opening no name (the Portuguese vocative "Ó João, ...") calls
the one after it."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand


def _names(text: str) -> list[str]:
    return [item.name or "" for item in tokenize(text, load_rules()) if item.kind == "name"]


@pytest.mark.parametrize(
    "name",
    [
        "Tomás Ó Murchú",
        "Pádraig Ó Sé",
        "Seán Mac Giolla",
        "Áine Ní Bhriain",
        "Siobhán Nic Amhlaoibh",
    ],
)
def test_an_irish_particle_stays_in_the_name(name: str) -> None:
    assert _names(f"Could you introduce me to {name} (someone@fund.ie)?") == [name]


def test_a_capital_o_opening_a_call_is_no_name() -> None:
    assert _names("Ó João, podes ajudar?") == ["João"]


def test_the_whole_irish_name_is_the_party() -> None:
    result = understand(
        "Could you put me in touch with Tomás Ó Murchú at the Irish Touring Fund "
        "(tomas.omurchu@touringfund.ie)?"
    )
    assert result.b == Party("Tomás Ó Murchú", "tomas.omurchu@touringfund.ie")
    assert result.confident
