"""Having to say no ("vou ter que dizer não", "tendré que decir que no", "je vais devoir
dire non", "muss ich nein sagen", "nitasema hapana") refuses, as "I'll have to say no"
does, after a yes turned by a "but": its "no" is the answer, not a "no" before a noun
restricting the yes. Negated ("Não vou ter que dizer não") it refuses nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Oi! Adoraria, sério, mas não vou conseguir agora 😔 tô no meio do TCC e só respiro"
        " depois de março. Então vou ter que dizer não dessa vez, desculpa!",
        "Adoraria, mas tô sem tempo. Então vou ter que dizer não dessa vez, desculpa!",
        "Me encantaría, pero estoy a tope. Así que tendré que decir que no esta vez, perdón.",
        "J'adorerais, mais je suis débordée. Donc je vais devoir dire non cette fois, désolée !",
        "Ich würde gern, aber ich bin voll. Also muss ich diesmal nein sagen, sorry!",
        "Ningependa, lakini nimebanwa. Kwa hiyo nitasema hapana safari hii, samahani!",
        "I'd love to, but I'm swamped. So I'll have to say no this time, sorry!",
    ],
)
def test_having_to_say_no_declines(text: str) -> None:
    assert read_answer(text)[0] == "no"


def test_negated_it_refuses_nothing() -> None:
    assert read_answer("Sim, claro! Não vou ter que dizer não, pode apresentar.")[0] != "no"
