"""Declining by having to pass or leaving it be: Portuguese "vou ter que passar (dessa
vez)", "tenho de passar", as "vou passar" does; German "ich lass das lieber", "das lass
ich lieber", as "lass es lieber" does. Said closing their clause they refuse; the same
words going on to a place or a deed ("vou ter que passar na loja", "das lass ich lieber
Jonas machen") refuse nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

HAVING_TO_PASS = [
    "Oi, tudo bem? Agradeço demais a lembrança mas vou ter que passar dessa vez viu, tô sem"
    " cabeça pra isso agora com a reforma da padaria",
    "Obrigada, mas vou ter de passar desta vez.",
    "Agradeço, mas tenho que passar.",
    "Danke fürs Fragen, aber ich lass das lieber. Hab grad genug um die Ohren mit der Werkstatt.",
    "Ich lasse das lieber, danke.",
    "Nee, das lass ich lieber.",
]


@pytest.mark.parametrize("text", HAVING_TO_PASS)
def test_having_to_pass_refuses(text: str) -> None:
    assert classify_text(text) == "no"


GOING_ON = [
    "Sim, mas vou ter que passar na loja antes.",
    "Tenho que passar no banco amanhã.",
    "Das lass ich lieber Jonas machen.",
    "Ich lass das lieber Jonas entscheiden.",
]


@pytest.mark.parametrize("text", GOING_ON)
def test_the_same_words_going_on_refuse_nothing(text: str) -> None:
    assert classify_text(text) != "no"
