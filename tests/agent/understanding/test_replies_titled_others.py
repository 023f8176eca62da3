"""A yes said of someone named with a title written out ("Herr Brandt ist
einverstanden", "Monsieur Brandt est d'accord", "El señor Brandt está de acuerdo", "Bw.
Brandt yuko tayari"), or with a title's dot written onto it ("M. Brandt"), is that
person's, not the writer's: no yes, as "Mr Brandt is happy to be introduced" is none. A
title in a greeting ("Ja, Herr Brandt, ich bin einverstanden") leaves the writer's yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OTHERS = [
    "Herr Brandt ist einverstanden.",
    "Frau Keller ist einverstanden.",
    "M. Brandt est d'accord.",
    "Monsieur Brandt est d'accord.",
    "El señor Brandt está de acuerdo.",
    "O senhor Brandt está de acordo.",
    "Mister Brandt is happy to be introduced.",
    "Bw. Brandt yuko tayari.",
]


@pytest.mark.parametrize("text", OTHERS)
def test_a_yes_of_a_titled_other_is_no_yes(text: str) -> None:
    assert classify_text(text) == "unclear"


OWN = [
    "Ja, Herr Brandt, ich bin einverstanden.",
    "Einverstanden, Frau Keller.",
    "D'accord, Monsieur Brandt, avec plaisir.",
    "Sí, señora Díaz, estoy de acuerdo.",
    "Ndiyo Bwana Juma, niko tayari.",
    "Yes, Mr Brandt, I'd be happy to.",
]


@pytest.mark.parametrize("text", OWN)
def test_a_title_greeted_leaves_the_writers_yes(text: str) -> None:
    assert classify_text(text) == "yes"
