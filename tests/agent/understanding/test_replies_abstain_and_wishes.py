"""Two refusals that say no without the word. A formal request to abstain from the
introduction ("I would ask you to refrain from making the introduction", "von einer
Vorstellung abzusehen", "de ne pas donner suite", "que se abstenga", "que se abstenha",
"usiendelee na utambulisho") refuses. Good wishes or apologies passed on to the other
after a refusal ("Please do pass on my good wishes to him and apologise for me") are
regards: the "please do" in their clause answers nothing, and the refusal before them
stands. A yes in a sentence of its own beside such wishes still says yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

ABSTAIN = [
    "Due to our compliance rules I would ask you to refrain from making the introduction.",
    "Je vous prie, pour des raisons de conformité, de ne pas donner suite.",
    "Por normas internas le ruego que se abstenga de hacer la presentación.",
    "Aufgrund interner Vorgaben bitte ich Sie, von einer Vermittlung abzusehen.",
    "Bitte sehen Sie von einer Vorstellung ab, das ist bei uns nicht erlaubt.",
    "Por regras internas, peço-lhe que se abstenha de fazer a apresentação.",
    "Kwa sababu ya taratibu za kampuni, naomba usiendelee na utambulisho huu.",
]


@pytest.mark.parametrize("text", ABSTAIN)
def test_asking_to_abstain_from_the_introduction_refuses(text: str) -> None:
    assert read_answer(text)[0] == "no"


def test_no_reason_to_abstain_beside_a_yes_is_never_a_refusal_taken_as_yes() -> None:
    assert read_answer("Ich sehe keinen Grund, davon abzusehen. Gerne!")[0] == "unclear"


WISHES_AFTER_REFUSAL = [
    "I'd love to, truly, but I can't take on anything new this year. Please do pass on my"
    " good wishes to him and apologise for me.",
    "I'd love to, but I can't take on anything new this term. Please do give her my best wishes.",
    "Me encantaría, pero no puedo asumir nada nuevo este año. Por favor, dale mis mejores deseos.",
    "Adoraria, mas não posso assumir nada novo este ano. Por favor, transmita os meus votos.",
    "Ningependa, lakini siwezi kuchukua jambo jipya mwaka huu. Tafadhali mpe salamu zangu.",
]


@pytest.mark.parametrize("text", WISHES_AFTER_REFUSAL)
def test_wishes_passed_on_after_a_refusal_leave_it_a_refusal(text: str) -> None:
    assert read_answer(text)[0] == "no"


def test_a_yes_beside_wishes_still_says_yes() -> None:
    assert read_answer("Yes, please do. Give him my best wishes.")[0] == "yes"


def test_a_go_ahead_after_a_refusal_beside_wishes_stays_unclear() -> None:
    text = "I can't meet before Easter, but yes, please put us in touch, and my best wishes."
    assert read_answer(text)[0] == "unclear"
