"""An ask with the writer as its object ("me conecta com", "me présente à", "introduce
me to") whose subject is someone other than the one written to asks or tells what that
one does, a question or not: "Ele me conecta com a Ana Souza (...)?" ("does he connect
me with Ana?"), "Can Paul introduce me to Ana?". The one written to as its subject, a
name that calls, or a subject in a clause of its own asks as before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ANA = "Ana Souza (ana@souza.example)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Ele me conecta com a {_ANA}?",
        f"Ela me apresenta à {_ANA}?",
        f"O Paulo me conecta com a {_ANA}?",
        f"A Maria me apresenta pra {_ANA}?",
        f"Será que o Paulo me conecta com a {_ANA}?",
        f"Paulo me conecta com a {_ANA}?",
        f"Alguém me apresenta à {_ANA}?",
        f"Quem me apresenta à {_ANA}?",
        f"Por que ele me apresenta à {_ANA}?",
        f"Ele sempre me põe em contato com a {_ANA}?",
        f"Ele pode me apresentar à {_ANA}?",
        f"¿Él me presenta a {_ANA}?",
        f"¿Pablo me presenta a {_ANA}?",
        f"Pablo puede presentarme a {_ANA}.",
        f"Il me présente à {_ANA} ?",
        f"Il me met en relation avec {_ANA} ?",
        f"Pourrait-il me présenter à {_ANA} ?",
        f"Qui me présente à {_ANA} ?",
        f"Does he introduce me to {_ANA}?",
        f"Can Paul introduce me to {_ANA}?",
        f"Paul can introduce me to {_ANA}.",
        f"Who can introduce me to {_ANA}?",
        f"Kann Paul mich {_ANA} vorstellen?",
        f"Kann er mich mit {_ANA} bekannt machen?",
    ],
)
def test_an_intro_someone_else_makes_asks_nothing(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Me conecta com a {_ANA}?",
        f"Você me apresenta à {_ANA}?",
        f"Vc me conecta com a {_ANA}?",
        f"Oi Paulo me apresenta à {_ANA}?",
        f"Paulo, me conecta com a {_ANA}?",
        f"Será que você me apresenta à {_ANA}?",
        f"Já que o Paulo não pode, você me apresenta à {_ANA}?",
        f"O Paulo disse que você a conhece. Você me apresenta à {_ANA}?",
        f"¿Tú me presentas a {_ANA}?",
        f"¿Usted me pone en contacto con {_ANA}?",
        f"Pablo me dijo que podrías presentarme a {_ANA}.",
        f"Vous me présentez à {_ANA} ?",
        f"Connaissez-vous quelqu'un qui pourrait me présenter à {_ANA} ?",
        f"N'hésitez pas à me présenter à {_ANA}.",
        f"He told me you could introduce me to {_ANA}.",
        f"Do you know anyone who could introduce me to {_ANA}?",
        f"Can you ask Paul to introduce me to {_ANA}?",
        f"Hi Paul, could you introduce me to {_ANA}?",
        f"Paul meinte, Sie könnten mich mit {_ANA} bekannt machen.",
        f"Je, unaweza kuniunganisha na {_ANA}?",
        # A wish or a thanks governing the clause: read as before.
        f"Agradezco que Bárbara me presente a {_ANA}.",
    ],
)
def test_an_intro_asked_of_the_one_written_to_asks(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.confident
    assert (result.a, result.b) == (
        Party("Ann Lee", "ann@lee.example"),
        Party("Ana Souza", "ana@souza.example"),
    )
