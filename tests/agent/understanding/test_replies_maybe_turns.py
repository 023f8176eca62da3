"""After "I'd love to, but I can't", a later contrast that turns only against the
writer's own maybe ("P.S. If Ewan's still looking in the spring I might be free, but
honestly don't hold anything for me") leaves the refusal deciding: no, as a maybe-later
alone after the refusal would be. A yes after the later contrast, a maybe with an answer
of its own in its sentence, or no refusal before it still leave the reply unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

REFUSALS = [
    "I'd genuinely love to, but I can't. My viva is on the 12th.\n\nPlease pass on my"
    " apologies to Ewan.\n\nAilsa\n\nP.S. If Ewan's still looking in the spring I might be"
    " free, but honestly don't hold anything for me.",
    "J'aimerais beaucoup, mais je ne peux pas. Transmettez mes excuses à Ewan.\n\nP.S. S'il"
    " cherche encore au printemps, je serai peut-être libre, mais honnêtement ne comptez pas"
    " sur moi.",
    "Me encantaría, pero no puedo. Dale mis disculpas a Ewan.\n\nP.D. Si sigue buscando en"
    " primavera quizá esté libre, pero sinceramente no cuentes conmigo.",
    "Würde ich sehr gern, aber ich kann nicht. Richten Sie Ewan meine Entschuldigung"
    " aus.\n\nP.S. Falls er im Frühjahr noch sucht, hätte ich vielleicht Zeit, aber rechnen"
    " Sie ehrlich gesagt nicht mit mir.",
    "Adoraria, mas não posso. Peço desculpa ao Ewan.\n\nP.S. Se ele ainda estiver à procura"
    " na primavera, talvez eu esteja livre, mas sinceramente não contem comigo.",
    "Ningependa sana, lakini siwezi. Naomba radhi kwa Ewan.\n\nP.S. Kama bado anatafuta"
    " mwezi Machi, labda nitakuwa huru, lakini usinitegemee.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_turn_against_a_later_maybe_leaves_the_refusal(text: str) -> None:
    assert read_answer(text)[0] == "no"


STILL_UNCLEAR = [
    # A yes after the later contrast.
    "I'd love to, but I can't. If he can wait I might be free, but I'd be glad to meet him then.",
    # No refusal after an earlier turn: the yes is turned against.
    "Yes, happy to. If he can wait I might be free, but don't count on it.",
    # The maybe's sentence answers of its own.
    "I'd love to, but I can't. Yes, if he can wait, but not before March.",
    # A question after the turn.
    "Sorry, no. Maybe in spring, but who knows?",
]


@pytest.mark.parametrize("text", STILL_UNCLEAR)
def test_other_turns_still_leave_it_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
