"""A condition only on the offer still being current, in other words than "still on the
table" ("falls das Ganze noch aktuell ist", "si sigue siendo actual", "se ainda for
atual", "if the intro is still on"), is met by the introduction itself: the yes beside
it stands. One that goes on, or a second condition, still doubts it."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CURRENT = [
    ("Falls das Ganze noch aktuell ist: ja, sehr gern!", "yes"),
    ("Wenn das Thema noch aktuell ist, gerne.", "yes"),
    ("If the intro is still on, yes please.", "yes"),
    ("Si tout ça est toujours d'actualité : oui, avec plaisir.", "yes"),
    ("Si sigue siendo actual, sí, encantada.", "yes"),
    ("Se ainda for atual: sim, com prazer.", "yes"),
    # Near-misses: the condition goes on, another joins it, or nothing says yes.
    ("Falls das Ganze noch aktuell ist und er in Hamburg sitzt: ja.", "unclear"),
    ("If the intro is still on in March, yes.", "unclear"),
    ("Si sigue siendo actual y es para marzo, sí.", "unclear"),
    ("Se ainda for atual, falamos.", "unclear"),
    ("Yes (if that's still relevant)", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CURRENT)
def test_the_offer_still_current_is_no_condition(text: str, answer: str) -> None:
    assert classify_text(text) == answer
