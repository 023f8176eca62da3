"""Casual and regional answers: an eye-roll that mocks a yes, 'I'll pass thanks'
without a comma, Spanish 'sí dale', Brazilian 'não vai dar não', Swahili 'hata kesho
sawa' and a misspelt 'no worrys' (rules/replies/*.json)."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Oh brilliant, yes, just what I need during lambing 🙄",
        "Great, sure, another meeting 🙄",
        "Oui, super, exactement ce qu'il me fallait 🙄",
        "Sí, claro, justo lo que necesitaba 😒",
    ],
)
def test_an_eye_roll_leaves_a_yes_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "I'll pass thanks.",
        "I'll pass thanks 🙄",
        "No thanks 🙄",
        "Não vai dar não, obrigado.",
        "Não dá não, tô sem tempo.",
        "Não quero não, obrigada.",
    ],
)
def test_refusals_stay_no(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "sí dale 👍",
        "si dale, pasale mi correo",
        "Ndio, hata kesho sawa.",
        "Sawa, hata leo ni sawa.",
        "yeah sure no worrys",
        "Yes please 👍",
    ],
)
def test_casual_yeses_are_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "sí dale... bueno, no sé, depende de lo que quiera",
        "Hata kesho sitaweza.",
        "I'll pass thanks to the weather, maybe next month.",
    ],
)
def test_near_misses_are_not_yes(text: str) -> None:
    assert read_answer(text)[0] != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes sure, happy to. Tell him don't ring before 9, that's milking time.",
        "Happy to chat. Tell him not to ring after 8, we eat then.",
        "Oui, avec plaisir. Qu'il n'appelle pas avant 9h, je suis à la traite.",
        "Sí, claro. Que no llame antes de las 9, estoy ordeñando.",
        "Sim, pode apresentar. Só não ligue antes das 9, estou na ordenha.",
        "Ndiyo, sawa. Asinipigie kabla ya saa tatu, niko shambani.",
    ],
)
def test_hours_not_to_be_rung_leave_a_yes_standing(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Please don't call me, I'm not interested.",
        "Sure, he can call me, but I won't pick up.",
        "Oui, il peut appeler, mais je ne décroche pas.",
        "Sim, pode ligar, mas não atendo.",
        "Ja, er kann anrufen, aber ich gehe nicht ran.",
        "Yes sure, happy to. Just don't call before 9 though, I won't pick up.",
    ],
)
def test_not_picking_up_is_not_read_as_yes(text: str) -> None:
    assert read_answer(text)[0] != "yes"
