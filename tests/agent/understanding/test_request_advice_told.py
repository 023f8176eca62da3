"""Someone's advice told to the agent ("He also mentioned I should talk to his colleague
Ngozi Obi", "Ele disse que eu devia falar com a Ngozi Obi") asks for no intro: the
writer's "I should talk to" after another's verb of saying or thinking is what that one
said. An ask beside the advice is read all the same, and the writer's own "I should" or
"I think I should" still asks."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

ADVICE_ONLY = [
    "Thank you so much! He also mentioned I should talk to his colleague Ngozi Obi at some "
    "point about research roles, but no rush.",
    "Thanks again. Femi thinks I should meet Ngozi Obi one day.",
    "My mentor told me that I should talk to Ngozi Obi (ngozi@obi.example) eventually.",
    "Great call yesterday. She keeps saying I should meet Ngozi Obi.",
    "Obrigada! Ele disse que eu devia falar com a colega dele, Ngozi Obi.",
    "Valeu! A Fernanda acha que eu devia conhecer o Ngozi Obi.",
    "Merci ! Il m'a dit que je devrais parler à sa collègue Ngozi Obi un jour.",
    "¡Gracias! Me dijo que debería hablar con su colega Ngozi Obi algún día.",
    "Danke! Er meinte, ich sollte mal mit seiner Kollegin Ngozi Obi sprechen.",
    "Asante! Aliniambia nizungumze na mwenzake Ngozi Obi siku moja.",
]


@pytest.mark.parametrize("body", ADVICE_ONLY)
def test_advice_told_asks_for_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"


ASKS_BESIDE_ADVICE = [
    "My boss says I should talk to Ngozi Obi (ngozi@obi.example) - could you introduce us?",
    "Femi mentioned I should talk to Ngozi Obi (ngozi@obi.example). Can you connect us?",
    "Femi mentioned I should talk to Ngozi Obi (ngozi@obi.example), so could you introduce "
    "me to her?",
    # The writer's own wish still asks.
    "I should talk to Ngozi Obi (ngozi@obi.example) about research roles.",
    "Eu acho que eu devia falar com a Ngozi Obi (ngozi@obi.example).",
]


@pytest.mark.parametrize("body", ASKS_BESIDE_ADVICE)
def test_an_ask_beside_the_advice_or_the_writers_own_wish_asks(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.confident
    assert result.b is not None
    assert result.b.email == "ngozi@obi.example"


def test_the_writers_own_thought_is_asked_about() -> None:
    result = understand("I think I should meet Ngozi Obi.")
    assert result.kind == "intro_request"
    assert not result.confident
