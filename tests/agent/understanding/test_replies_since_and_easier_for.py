"""Portuguese "desde que" before a past tells since when, no condition; a channel
offered "if it's easier for her" may name whom it is easier for after its lead."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Sim, pode apresentar. Estou buscando algo assim desde que saí do banco.",
        "Claro, pode apresentar. Penso nisso desde que a gente se conheceu.",
        "Sim, com prazer. Quero mudar de área desde que voltei de Lisboa.",
    ],
)
def test_since_a_past_is_no_condition(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "yes"
    assert any(e.startswith("since:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Sim, pode apresentar, desde que ela pague o café.",
        "Sim, desde que seja remoto.",
        "Sim, desde que eu tenha tempo.",
        "Sim, desde que for rápido.",
    ],
)
def test_desde_que_as_a_condition_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Sure, go ahead. My mobile is 07700 900123 if that's easier for him.",
        "Oui, avec plaisir. Mon portable : 06 11 22 33 44, si c'est plus simple pour lui.",
        "Sí, claro. Mi móvil es 612 000 111, si es más fácil para él.",
        "Ja, gerne. Meine Handynummer ist 0171 0000000, falls es einfacher ist für ihn.",
        "Sim, pode apresentar. Meu WhatsApp é +55 11 90000-0000 se for mais fácil pra ele.",
        "Ndiyo. Namba yangu ni 0712 000000 kama ni rahisi kwake.",
    ],
)
def test_a_channel_easier_for_the_other_keeps_the_yes(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "yes"
    assert any(e.startswith("contact-offer:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Sim, pode apresentar. Meu WhatsApp é +55 11 90000-0000 se for mais fácil pra ela decidir.",
        "Sure. My mobile is 07700 900123 if he's not a recruiter.",
        "Sure, if it's easier for her.",
    ],
)
def test_other_conditions_after_a_channel_still_doubt(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
