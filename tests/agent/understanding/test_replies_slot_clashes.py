"""An "if" about the time offered clashing ("if that clashes", "si ça ne lui va pas",
"si no le viene bien", "falls das nicht passt", "se não der", "kama haiwezekani"),
opening a sentence that offers another time after a clear yes and a time, arranges the
meeting agreed to: no condition on the yes. Conditions on the consent itself, and
clashes followed by anything but another time, still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. Thursday at 3pm at the gallery. If that clashes with his rehearsals,"
        " Friday morning works too.",
        "Yes, happy to. Thursday at 3pm at the gallery. If that doesn't suit him, Friday"
        " morning works too.",
        "Yes, happy to. Thursday at 3pm. If he can't make it then, Friday morning is fine too.",
        "Oui, avec plaisir. Jeudi à 15h à la galerie. Si ça ne lui va pas, vendredi matin aussi.",
        "Sí, encantada. El jueves a las 15h en la galería. Si no le viene bien, el viernes"
        " por la mañana también.",
        "Gerne! Donnerstag um 15 Uhr in der Galerie. Falls das nicht passt, geht auch"
        " Freitag Vormittag.",
        "Gerne! Vorschlag: Donnerstag, 16. Oktober, 15 Uhr bei uns in der Galerie. Falls"
        " das mit seinen Proben kollidiert, geht auch Freitag Vormittag.",
        "Sim, com prazer. Quinta às 15h na galeria. Se não der, sexta também serve.",
        "Ndiyo, karibu. Alhamisi saa 9 alasiri kwenye galeria. Kama haiwezekani, Ijumaa"
        " asubuhi pia inafaa.",
    ],
)
def test_another_time_should_the_first_clash_keeps_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes if it's about hiring, otherwise no.",
        "Yes, happy to. Thursday at 3pm. If he's legit, Friday works too.",
        "Yes, happy to. Thursday at 3pm. If it's not about money, Friday works too.",
        "Yes, happy to. Thursday at 3pm. If that doesn't clash, Friday works too.",
        "Yes, happy to. Thursday at 3pm. If that doesn't suit him, no.",
        "Yes, happy to. Thursday at 3pm. If that clashes, maybe next year.",
        "Yes, happy to. Thursday at 3pm. If that clashes, I'll pass.",
        "Yes, happy to. Thursday at 3pm. If that clashes, not Friday though.",
        "Yes, happy to. Thursday at 3pm. If he can't make it then, we'll skip it.",
        "Yes, only if it's Thursday at 3pm. If that clashes, Friday works too.",
        "Sure. If that clashes, Friday works too.",
        "Sure. If that doesn't work for him, Friday?",
        "Thursday at 3pm. If that clashes, Friday works too.",
        "Oui, avec plaisir. Jeudi à 15h. Si ça ne lui va pas, tant pis.",
        "Sí, encantada. El jueves a las 15h. Si no le viene bien, mejor no.",
        "Gerne! Donnerstag 15 Uhr. Falls das nicht passt, dann lieber nicht.",
        "Sim, com prazer. Quinta às 15h. Se não der, deixa pra lá.",
        "Ndiyo, karibu. Alhamisi saa 9. Kama haiwezekani, basi hapana.",
    ],
)
def test_a_clash_with_no_other_time_or_a_condition_still_doubts(text: str) -> None:
    assert read_answer(text)[0] != "yes"


def test_a_clash_after_a_refusal_stays_a_refusal() -> None:
    assert read_answer("No, Thursday won't work. If that clashes, Friday works too.")[0] == "no"
