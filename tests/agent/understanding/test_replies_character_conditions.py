"""An "if" asking who the other is ("if he's legit") leaves no yes standing, whatever the
sentence goes on to offer; a visit or a time offered after a yes stays a yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "Sure! If he's legit he's welcome to drop by Friday.",
        "Sure! Friday at 4 there's training, if she's legit she comes by.",
        "Sure! Friday at 4 there's training, if she is legit she comes by.",
        "Oui ! S'il est sérieux, qu'il passe vendredi.",
        "Oui ! Entraînement vendredi à 16h, si elle est sérieuse elle passe.",
        "Claro, si es de fiar que venga el viernes.",
        "Ja gerne, wenn er seriös ist, kann er Freitag vorbeikommen.",
        "Sim, se for confiável pode aparecer na sexta.",
        "Ndiyo, kama ni mkweli aje Ijumaa.",
    ],
)
def test_an_if_asking_who_the_other_is_doubts_the_yes(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to! He's a serious guy, if memory serves.",
        "Sure. I'm around most thursdays if he's ever over.",
        "Ja gerne. Ich bin dienstags im Büro, wenn er mal in der Gegend ist.",
        "Oui ! Je suis à l'atelier le jeudi s'il passe par Lyon.",
        "Sim! Estou no escritório às sextas se ela vier a Salvador.",
    ],
)
def test_a_visit_or_a_serious_word_outside_the_if_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"
