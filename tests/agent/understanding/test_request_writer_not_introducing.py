"""The writer saying, in a mail written to someone with the agent copied, that they will
not make an intro, or not yet ("I won't copy Intro in to connect you with Ruth
Abernathy (...) just yet", "I'm not going to introduce you to ...", "je ne vais pas
encore te mettre en relation avec ...", "ainda não vou te apresentar à ...", "todavía
no voy a ponerte en contacto con ..."), asks nothing. The writer's intro said outright,
a negation in another clause ("I'm not sure if you know Ruth, but let me connect
you"), or a hand-over to the agent still pairs the two."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_RUTH = "Ruth Abernathy (ruth@helix.example)"
_KENJI = Party("Kenji Mori", "kenji@mori.example")
_COPIED = {"to": "Kenji Mori <kenji@mori.example>", "cc": "Intro <intro@introbot.net>"}


@pytest.mark.parametrize(
    "sentence",
    [
        f"Hi Kenji, I won't copy Intro in to connect you with {_RUTH} just yet.",
        f"Kenji, I'm not going to introduce you to {_RUTH} yet, she is travelling.",
        f"Kenji, I will not connect you with {_RUTH} until she is back.",
        f"Kenji, I don't want to introduce you to {_RUTH} yet.",
        f"Kenji, I'm not introducing you to {_RUTH} yet.",
        f"Kenji, I haven't copied Intro in to connect you with {_RUTH}.",
        f"Kenji, je ne vais pas encore te mettre en relation avec {_RUTH}.",
        f"Kenji, je n'ai pas mis Intro en copie pour te mettre en relation avec {_RUTH}.",
        f"Kenji, ainda não vou te apresentar à {_RUTH}.",
        f"Kenji, eu não vou conectar você com a {_RUTH} agora.",
        f"Kenji, não coloquei o Intro em cópia para te apresentar à {_RUTH}.",
        f"Kenji, todavía no voy a ponerte en contacto con {_RUTH}.",
        f"Kenji, no he puesto a Intro en copia para ponerte en contacto con {_RUTH}.",
        f"Kenji, ich stelle dich {_RUTH} noch nicht vor.",
        f"Kenji, sitakuunganisha na {_RUTH} bado.",
    ],
)
def test_the_writer_not_introducing_asks_nothing(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn", **_COPIED)
    assert not result.confident
    assert result.kind == "not_a_request" or result.a is None


@pytest.mark.parametrize(
    "sentence",
    [
        f"Kenji, meet {_RUTH} - cc'ing Intro to connect you.",
        f"Hi Kenji, I've copied Intro in to connect you with {_RUTH}.",
        f"I'm not sure if you know Ruth, but let me connect you with {_RUTH}, Kenji.",
        f"Kenji, I don't think you know Ruth yet: let me introduce you to {_RUTH}.",
        f"Kenji, I'm going to introduce you to {_RUTH}, she is great.",
        f"Kenji, tu ne connais pas encore Ruth : je vais te mettre en relation avec {_RUTH}.",
        f"Kenji, você ainda não conhece a Ruth; vou te apresentar à {_RUTH}.",
        f"Kenji, quero te apresentar à {_RUTH}.",
    ],
)
def test_the_writer_introducing_pairs_the_two(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn", **_COPIED)
    assert result.kind == "intro_request"
    assert result.confident
    assert {result.a, result.b} == {_KENJI, Party("Ruth Abernathy", "ruth@helix.example")}


_BOB = "Bob Ray (bob@ray.example)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"I won't be in the office next week, so could you introduce me to {_BOB}?",
        f"I don't want to bother you, but could you introduce me to {_BOB}?",
        f"Não quero incomodar, mas pode me apresentar ao {_BOB}?",
        f"No quiero molestar, pero ¿podrías presentarme a {_BOB}?",
        f"Je ne veux pas vous déranger, mais pourriez-vous me présenter à {_BOB} ?",
        f"I haven't met him yet. Could you introduce me to {_BOB}?",
    ],
)
def test_a_negation_in_another_clause_leaves_the_ask(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.confident
    assert Party("Bob Ray", "bob@ray.example") in {result.a, result.b}
