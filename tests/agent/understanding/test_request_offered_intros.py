"""An intro someone other than the one written to offered to make, of the writer or of
two others, is told of, not asked: "Hr. Dr. Brandes hat angeboten, den Elternbeirat mit
Herrn Vogt vom Ordnungsamt bekannt zu machen", "Paul a proposé de présenter Ann à Bob",
"Pablo se ofreció a presentarme a Bob". The offer of the one written to ("You offered to
introduce me to Bob - could you?"), or an offer of something else beside an ask in
another sentence, leaves the ask as it was."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ANN = "Ann Roe (ann@roe.example)"
_BOB = "Bob Ray (bob@ray.example)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Paul offered to introduce {_ANN} to {_BOB}.",
        f"Dr. Brandes volunteered to introduce me to {_BOB}.",
        f"Paul a proposé de présenter {_ANN} à {_BOB}.",
        f"Paul m'a proposé de me présenter à {_BOB}.",
        f"Paul s'est proposé pour me présenter à {_BOB}.",
        f"Pablo se ofreció a presentar a {_ANN} a {_BOB}.",
        f"Pablo se ofreció a presentarme a {_BOB}.",
        f"Pablo se ha ofrecido a ponerme en contacto con {_BOB}.",
        f"Hr. Dr. Brandes hat angeboten, {_ANN} mit {_BOB} bekannt zu machen.",
        f"Paul hat angeboten, mich mit {_BOB} bekannt zu machen.",
        f"Paul hat sich angeboten, mich mit {_BOB} bekannt zu machen.",
        f"O Paulo se ofereceu para apresentar a {_ANN} ao {_BOB}.",
        f"O Paulo ofereceu-se para me apresentar ao {_BOB}.",
        f"Juma amejitolea kumtambulisha {_ANN} kwa {_BOB}.",
    ],
)
def test_an_intro_someone_else_offered_to_make_asks_nothing(sentence: str) -> None:
    assert understand(f"{sentence}\n\nAnn").kind == "not_a_request"


def test_minutes_telling_of_an_offered_intro_ask_nothing_of_the_agent_blind_copied() -> None:
    result = understand(
        "TOP 2 - Schulwegsicherheit\nHr. Dr. Brandes hat angeboten, den Elternbeirat mit "
        "Herrn Vogt vom Ordnungsamt bekannt zu machen; er stellt den Kontakt selbst her.\n\n"
        "Ulrike",
        to="Elternbeirat GS am See <elternbeirat@gs-am-see.example>",
    )
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "body",
    [
        f"Paul offered to help. Could you introduce me to {_BOB}?",
        f"Paul a proposé une date. Pourriez-vous me présenter à {_BOB} ?",
        f"Pablo se ofreció a ayudar. ¿Podrías presentarme a {_BOB}?",
        f"Paul hat angeboten zu helfen. Könnten Sie mich mit {_BOB} bekannt machen?",
        f"Paul hat angeboten, mir zu helfen. Bitte machen Sie mich mit {_BOB} bekannt.",
        f"O Paulo ofereceu-se para ajudar. Pode apresentar-me ao {_BOB}?",
        f"Vous avez proposé de me présenter à {_BOB}, pourriez-vous le faire ?",
        f"Could you introduce me to {_BOB}? Paul offered to, but he is away.",
    ],
)
def test_an_ask_beside_an_offer_of_something_else_or_of_the_one_written_to_asks(
    body: str,
) -> None:
    result = understand(f"{body}\n\nAnn")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (
        Party("Ann Lee", "ann@lee.example"),
        Party("Bob Ray", "bob@ray.example"),
    )
