"""An intro told of as made, the subject of what it did ("That intro between me and
Lucia ... landed me a contract", "Cette mise en relation ... a porté ses fruits", "Esa
presentación ... salió bien", "Die Vorstellung ... hat geklappt", "Aquela apresentação
... rendeu", "Utambulisho kati ya mimi na ... ulizaa matunda"), asks nothing and names
no pair. An intro wished for ("would be great", "would help me"), one asked for ("Could
you do that intro ...?") and a new ask in a sentence after the thanks are read as
before; the thanked one is never the pair."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_LUCIA = "Lucia Freitas (lucia@freitas.pt)"
_ANA = "Ana Costa (ana@costa.pt)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Hi! That intro between me and {_LUCIA} landed me a six-month contract. Thanks!",
        f"The intro between me and {_LUCIA} went really well, thank you!",
        f"Your intro to {_LUCIA} landed me a contract. Thanks!",
        f"The introduction to {_LUCIA} really paid off.",
        f"Bonjour ! Cette mise en relation avec {_LUCIA} a porté ses fruits, merci !",
        f"Votre mise en relation entre moi et {_LUCIA} a abouti à un contrat. Merci !",
        f"¡Hola! Esa presentación entre {_LUCIA} y yo salió muy bien, ¡gracias!",
        f"Tu presentación a {_LUCIA} funcionó: conseguí un contrato. ¡Gracias!",
        f"Hallo! Die Vorstellung bei {_LUCIA} hat geklappt, danke!",
        f"Hallo, deine Vorstellung zwischen mir und {_LUCIA} war ein Volltreffer.",
        f"Olá! Aquela apresentação entre mim e a {_LUCIA} rendeu um contrato. Obrigada!",
        f"Olá, aquela apresentação entre mim e a {_LUCIA} rendeu um contrato.",
        f"Utambulisho kati ya mimi na {_LUCIA} ulizaa matunda. Asante!",
    ],
)
def test_an_intro_told_of_as_made_asks_nothing(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Could you do that intro between me and {_LUCIA}?",
        f"That intro to {_LUCIA} would be great.",
        f"An intro to {_LUCIA} would help me land a contract.",
        f"Cette mise en relation avec {_LUCIA} serait super.",
        f"Una presentación a {_LUCIA} me ayudaría mucho.",
        f"Eine Vorstellung bei {_LUCIA} wäre super.",
        f"Uma apresentação à {_LUCIA} seria ótima.",
        f"Utambulisho kati ya mimi na {_LUCIA} utanisaidia sana.",
    ],
)
def test_an_intro_wished_or_asked_for_still_asks(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.b == Party("Lucia Freitas", "lucia@freitas.pt")
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        f"That intro between me and {_LUCIA} landed me a contract, thanks! Could you also"
        f" introduce me to {_ANA}?",
        f"The intro to {_LUCIA} went really well, could you introduce me to {_ANA} too?",
        f"Cette mise en relation avec {_LUCIA} a porté ses fruits. Pourriez-vous me"
        f" présenter à {_ANA} ?",
        f"Die Vorstellung bei {_LUCIA} hat geklappt. Kannst du mich mit {_ANA} bekannt machen?",
    ],
)
def test_a_new_ask_after_the_told_intro_is_the_pair(text: str) -> None:
    result = understand(f"{text}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.b == Party("Ana Costa", "ana@costa.pt")
    assert result.more == ()
