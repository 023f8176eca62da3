"""An ask to introduce several of the writer's own people to one person, who is named with
an address in the sentence that opens the list ("wir möchten drei unserer Pflegekräfte
mit Frau Sabine Rauch (...) bekannt machen:", "we would like to introduce three of our
nurses to Sabine Rauch (...):"), each item opening on one person with their address: each
item that person with her, certain with both addresses. The lead's own pair ("our
nurses" with her) is no pair. A person named with an address for another reason ("as
Sabine Rauch (...) suggested"), the writer among those presented, or items without
addresses, and no item is read so."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

SABINE = Party("Sabine Rauch", "s.rauch@wundzentrum.example")
EVA = Party("Eva Brunner", "eva.brunner@pflege.example")
MILICA = Party("Milica Jovanović", "m.jovanovic@pflege.example")
STEFAN = Party("Stefan Gruber", "s.gruber@pflege.example")

_ITEMS = (
    "\n\n- Eva Brunner, eva.brunner@pflege.example\n"
    "- Milica Jovanović, m.jovanovic@pflege.example\n"
    "- Stefan Gruber, s.gruber@pflege.example\n\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "Sehr geehrte Damen und Herren,\n\nwir möchten drei unserer diplomierten Pflegekräfte"
        " mit Frau DGKP Sabine Rauch, Wundmanagerin am Wundzentrum Floridsdorf"
        " (s.rauch@wundzentrum.example), bekannt machen, damit sie Termine vereinbaren"
        " können:",
        "Hello,\n\nwe would like to introduce three of our nurses to Sabine Rauch"
        " (s.rauch@wundzentrum.example):",
        "Bonjour,\n\nnous aimerions présenter trois de nos infirmières à Sabine Rauch"
        " (s.rauch@wundzentrum.example) :",
        "Hola,\n\nqueremos presentar a tres de nuestras enfermeras a Sabine Rauch"
        " (s.rauch@wundzentrum.example):",
        "Olá,\n\ngostaríamos de apresentar três das nossas enfermeiras à Sabine Rauch"
        " (s.rauch@wundzentrum.example):",
        "Hello,\n\ncould you introduce three of our nurses to Sabine Rauch"
        " (s.rauch@wundzentrum.example):",
        "Hallo,\n\nkönnten Sie drei unserer Pflegekräfte mit Frau Sabine Rauch"
        " (s.rauch@wundzentrum.example) bekannt machen:",
    ],
)
def test_each_item_is_presented_to_the_one_the_lead_names(lead: str) -> None:
    result = understand(lead + _ITEMS + "Danke\nAnn")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (EVA, SABINE)
    assert result.more == (Pair(MILICA, SABINE), Pair(STEFAN, SABINE))
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Hello,\n\nwe would like to introduce our new nurses to the team, as Sabine Rauch"
        " (s.rauch@wundzentrum.example) suggested:" + _ITEMS + "Thanks\nAnn",
        "Hello,\n\ncould you introduce me and two of our nurses to Sabine Rauch"
        " (s.rauch@wundzentrum.example):" + _ITEMS + "Thanks\nAnn",
        "Hello,\n\nwe would like to introduce three of our nurses to Sabine Rauch"
        " (s.rauch@wundzentrum.example):\n\n- Eva Brunner\n- Milica Jovanović\n\nThanks\nAnn",
        "Hello,\n\nwe would like to introduce you and three of our nurses to Sabine Rauch"
        " (s.rauch@wundzentrum.example):" + _ITEMS + "Thanks\nAnn",
        "Hallo,\n\nwir möchten Sie und drei unserer Pflegekräfte mit Frau Sabine Rauch"
        " (s.rauch@wundzentrum.example) bekannt machen:" + _ITEMS + "Danke\nAnn",
    ],
)
def test_no_list_to_one_otherwise(body: str) -> None:
    result = understand(body)
    assert not result.confident
    assert Pair(MILICA, SABINE) not in result.more
