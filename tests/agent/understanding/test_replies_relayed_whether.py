"""A relay whose yes is asked about ("Herr Brandt hat mich gebeten zu prüfen, ob er
einverstanden ist", "asked me to check whether he agrees") relays no yes: a word of
"whether" between the relay and the yes makes the yes a question still open. A relay
that tells the yes ("..., dass er einverstanden ist") still relays it."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ASKED = [
    "Herr Brandt hat mich gebeten, zu prüfen, ob er einverstanden ist.",
    "Herr Brandt hat mich beauftragt zu klären, ob er mit der Vorstellung einverstanden ist.",
    "Mr Brandt has asked me to check whether he is happy to be introduced.",
    "Mr Brandt asked me to tell you if he is happy to be introduced once he is back.",
    "M. Brandt m'a demandé de vous dire s'il est d'accord.",
    "El Sr. Brandt me ha pedido que le diga si acepta la presentación.",
    "O Sr. Brandt pediu-me para lhe dizer se ele aceita a apresentação.",
    "Bw. Brandt ameniagiza nikuambie kama yuko tayari.",
]


@pytest.mark.parametrize("text", ASKED)
def test_a_yes_asked_about_after_a_relay_is_no_yes(text: str) -> None:
    assert classify_text(text) == "unclear"


TOLD = [
    "Herr Brandt hat mich gebeten, Ihnen mitzuteilen, dass er einverstanden ist.",
    "Mr Brandt has asked me to confirm that he is happy to be introduced.",
    "M. Brandt m'a demandé de vous dire qu'il est d'accord.",
    "El Sr. Brandt me ha encargado que le confirme que acepta la presentación.",
]


@pytest.mark.parametrize("text", TOLD)
def test_a_yes_told_after_a_relay_is_still_relayed(text: str) -> None:
    assert classify_text(text) == "yes"
