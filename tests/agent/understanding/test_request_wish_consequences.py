"""A negated wish about something else, then a consequence after a comma ("so", "então",
"así que", "alors", "also", "kwa hivyo") and an ask: the wish does not reach past the
consequence, and the ask is read on its own ("Não quero perder tempo, então me apresenta
à Ana", "I don't want to waste your time, so introduce me to Ana"). A wish whose object
is the intro still asks nothing ("I don't want you to introduce me to Ana"), nor does an
ask told of someone after the consequence ("..., então ele me apresenta à Ana")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ANA = "Ana Souza (ana@souza.example)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Não quero perder tempo, então me apresenta à {_ANA}.",
        f"Não quero te incomodar, por isso me apresenta à {_ANA}.",
        f"I don't want to waste your time, so introduce me to {_ANA}.",
        f"I don't want to waste your time, so please introduce me to {_ANA}.",
        f"No quiero hacerte perder tiempo, así que preséntame a {_ANA}.",
        f"Je ne veux pas te faire perdre ton temps, alors présente-moi à {_ANA}.",
        f"Ich will dir keine Zeit stehlen, also stell mich bitte {_ANA} vor.",
        f"Sitaki kupoteza muda wako, kwa hivyo tafadhali nitambulishe kwa {_ANA}.",
    ],
)
def test_an_ask_after_a_consequence_stands(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.confident
    assert (result.a, result.b) == (
        Party("Ann Lee", "ann@lee.example"),
        Party("Ana Souza", "ana@souza.example"),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        f"I don't want you to introduce me to {_ANA}.",
        f"I don't want you to introduce me to {_ANA}, so thanks anyway.",
        f"Não quero que você me apresente à {_ANA}.",
        f"No quiero que me presentes a {_ANA}, así que gracias.",
        f"Je ne veux pas que tu me présentes à {_ANA}, donc merci.",
        f"Ich möchte nicht, dass du mich {_ANA} vorstellst.",
        f"O Paulo me conhece bem, então ele me apresenta à {_ANA}.",
    ],
)
def test_a_wish_against_the_intro_still_asks_nothing(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "not_a_request"
