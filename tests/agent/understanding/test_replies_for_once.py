""" "For once" ("the main engine is looking sweet for once", "pour une fois qu'on me
demande mon avis") is an idiom, read whole: no "once" that times the yes on something to
happen. "Once he's back", "once he sends his CV" and "une fois qu'il aura signé" still
doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy for Fiona to put us in touch. Crankcase inspection this morning and the"
        " main engine is looking sweet for once, so all in all a good day.",
        "Sure, go ahead. The trains were on time for once.",
        "Yes please. Just for once the timing is perfect.",
        "Oui, avec plaisir. Pour une fois qu'on me demande mon avis !",
    ],
)
def test_for_once_times_nothing(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. Once he's back from leave.",
        "Yes, happy to, once he sends his CV.",
        "Oui, avec plaisir, une fois qu'il aura signé.",
        "Sí, claro, una vez que termine el proyecto.",
    ],
)
def test_once_as_a_condition_still_doubts(text: str) -> None:
    assert classify_text(text) != "yes"
