"""A Brazilian proclitic ask ("me apresenta à", "me conecta com", "me põe em contato com")
is also a statement of what someone does: after a subject ("O Paulo sempre me apresenta à
Fernanda Lima (...) nas feiras") it asks nothing. It asks when it opens its sentence,
perhaps after a greeting, "por favor", a name and a comma, or when the sentence is a
question. The same statements in the other languages ask nothing either."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_FERNANDA = "Fernanda Lima (fernanda@lima.example)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"O Paulo sempre me apresenta à {_FERNANDA} nas feiras.",
        f"Ele me apresenta à {_FERNANDA} toda vez que vamos a São Paulo.",
        f"A Ana sempre me põe em contato com a {_FERNANDA}.",
        f"A Ana me coloca em contato com a {_FERNANDA} sempre que pode.",
        f"O Paulo me conecta com a {_FERNANDA} nas feiras.",
        f"Pablo siempre me presenta a {_FERNANDA} en las ferias.",
        f"Paul always introduces me to {_FERNANDA} at the fairs.",
        f"Paul me présente toujours à {_FERNANDA} aux salons.",
        f"Paul stellt mich immer {_FERNANDA} auf den Messen vor.",
        f"Paulo hunitambulisha kwa {_FERNANDA} kila mara.",
    ],
)
def test_what_someone_does_asks_nothing(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Me apresenta à {_FERNANDA}?",
        f"Me apresenta à {_FERNANDA}, por favor.",
        f"Oi Paulo, me apresenta à {_FERNANDA}.",
        f"Por favor, me conecta com a {_FERNANDA}.",
        f"Por favor, me põe em contato com a {_FERNANDA}.",
        f"Paulo, me coloca em contato com a {_FERNANDA}?",
        f"Você me apresenta à {_FERNANDA}?",
        f"O Paulo disse que você a conhece. Me apresenta à {_FERNANDA}?",
    ],
)
def test_a_proclitic_ask_opening_its_sentence_or_asked_asks(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.confident
    assert (result.a, result.b) == (
        Party("Ann Lee", "ann@lee.example"),
        Party("Fernanda Lima", "fernanda@lima.example"),
    )


def test_a_proclitic_ask_after_a_condition_asks() -> None:
    result = understand(
        "Você conhece a Larissa Costa? Se puder, me apresenta a ela: larissa@costa.example\n\n"
        "Valeu,\nAnn"
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Larissa Costa", "larissa@costa.example")


@pytest.mark.parametrize(
    "sentence",
    [
        f"Me conecta à {_FERNANDA}",
        f"Me conecta à {_FERNANDA}, ela é ótima.",
        f"Me conecta com a {_FERNANDA}.",
        f"me conecta à {_FERNANDA} por favor",
        f"Se puder, me conecta à {_FERNANDA}.",
        f"Oi Paulo,\n\nme conecta à {_FERNANDA}? Ela cuida de compras.",
    ],
)
def test_me_conecta_with_a_preposition_of_any_kind_asks(sentence: str) -> None:
    """ "Me conecta à", "ao", "com": the proclitic ask as "me apresenta à" is."""
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.confident
    assert (result.a, result.b) == (
        Party("Ann Lee", "ann@lee.example"),
        Party("Fernanda Lima", "fernanda@lima.example"),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        f"Ele me conecta à {_FERNANDA}?",
        f"Ele me conecta com a {_FERNANDA} toda semana.",
        "O sistema me conecta à rede da empresa.",
        "Me conecta à internet da sala?",
    ],
)
def test_me_conecta_of_someone_else_or_a_thing_asks_nothing(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "not_a_request"
