"""A yes on condition that the introduction interests or concerns the writer ("Yes, go
ahead if it's relevant to me", "Sí, adelante si me interesa", "Oui, allez-y si ça me
concerne", "Ja, gerne, falls es für mich passt", "Sim, pode ser se me interessar",
"Ndiyo, kama inanihusu") has not consented: unclear. In Spanish the unaccented "si" of
such a clause after a yes of other words is "if"; opening its sentence, or after a
bare "si", it is still the yes typed without its accent. Portuguese "com tanto que",
the common spelling slip of "contanto que" (provided that), is a condition as well."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

INTEREST_CONDITIONS = [
    "Sure, happy to if it's of interest to me.",
    "Claro, adelante si me interesa el tema.",
    "Vale, si me interesa.",
    "De acuerdo, si me gustaría, ya te digo.",
    "Oui, volontiers si ça m'intéresse.",
    "Ja klar, wenn es mich betrifft.",
    "Sim, claro, se me interessar.",
    "Pode ser, se me disser respeito.",
    "Sawa, endelea kama inanihusu.",
    "Sim, com tanto que seja por videochamada.",
    "Pode ser, com tanto que não demore.",
]

STILL_YES = [
    "Si me interesa.",
    "Si, si me interesa.",
    "Sí, claro, con gusto.",
    "Sim, me interessa bastante!",
    "Sim, ela se interessa por energia solar, vai ser ótimo.",
    "Sim, com tanto trabalho prefiro que seja por email.",
]


@pytest.mark.parametrize("text", INTEREST_CONDITIONS)
def test_a_yes_on_the_writers_interest_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize("text", STILL_YES)
def test_the_same_words_without_a_condition_stay_yes(text: str) -> None:
    assert classify_text(text) == "yes"
