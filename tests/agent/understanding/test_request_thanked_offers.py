"""A thanks for an offer of an intro ("Thanks so much for offering to introduce me to
Oliver Marsh. But I'd rather pass") asks nothing: the offer was made by the one written
to, and the writer answers it. It was read as the writer asking for that intro. A thanks
for something else before an ask, or a thanks for an offer in a clause apart from the
ask, leaves the ask read."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "body",
    [
        "Hi Nick, thank you so much for offering to introduce me to Oliver Marsh. I'd rather"
        " pass for now though, the studio is flat out until June.",
        "Merci beaucoup pour ta proposition de me présenter à Olivier Marchal. Mais je"
        " préfère décliner pour le moment.",
        "Muchas gracias por ofrecerte a presentarme a Vicente Pérez, pero de momento"
        " prefiero dejarlo.",
        "Muito obrigada pela oferta de me apresentar ao Vasco Pimentel. Neste momento"
        " prefiro não avançar.",
        "Asante sana kwa kujitolea kunitambulisha kwa Juma Ali. Lakini kwa sasa sitaweza.",
    ],
)
def test_a_thanked_offer_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for the coffee! Could you introduce me to Oliver Marsh (oliver@marsh.test)?",
        "Thanks for your offer, could you introduce me to Oliver Marsh (oliver@marsh.test)?",
        "Merci pour le café ! Pourriez-vous me présenter à Olivier Marchal"
        " (olivier@marchal.test) ?",
    ],
)
def test_an_ask_after_other_thanks_is_still_read(body: str) -> None:
    result = understand(body)
    assert (result.kind, result.confident) == ("intro_request", True)
