"""The writer's spouse told of as gone ("depuis que mon mari n'est plus là", "since my
husband is no longer with us", "ahora que mi esposo ya no está", "seit mein Mann nicht
mehr da ist", "agora que o meu marido já não está", "tangu mume wangu hayupo tena") is
a story of the writer's life beside a yes, read whole: its negation refuses nothing and
the spouse named is no one to consult. Someone else told of as gone, and a turn before
it, still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

GONE = [
    "Yes, happy to. Since my husband is no longer with us I have free afternoons.",
    "Oui avec plaisir , le mardi me convient tout à fait . Bernadette a bien fait de penser"
    " à moi , depuis que mon mari n'est plus là j'ai du temps libre l'après-midi .",
    "Sí, con gusto. Ahora que mi esposo ya no está, tengo las tardes libres.",
    "Ja, gerne. Seit mein Mann nicht mehr da ist, habe ich nachmittags Zeit.",
    "Sim, com prazer. Agora que o meu marido já não está, tenho as tardes livres.",
    "Ndiyo, kwa furaha. Tangu mume wangu hayupo tena nina muda mchana.",
]


@pytest.mark.parametrize("text", GONE)
def test_the_writers_spouse_gone_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTED = [
    "Oui, avec plaisir. Depuis que mon frère n'est plus là, j'ai du temps.",
    "Oui. Paul n'est plus parmi nous.",
    "Oui, mais mon mari n'est plus là.",
    "Yes. My husband is no longer here, ask him yourself.",
]


@pytest.mark.parametrize("text", STILL_DOUBTED)
def test_another_gone_or_a_turn_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"
