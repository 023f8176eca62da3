"""A yes the writer says waits on a check of their own ("Before I can say yes I need to
run them through our conflicts system") is not yet given, and a refusal beside it
("please don't pass on my details yet") waits with it: unclear, in every language. A
"say yes" told of the past ("I checked before saying yes") is small talk."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

PENDING_YESES = [
    (
        "Before I can say yes I need to run them through our conflicts system. I'll write"
        " back once it's cleared.",
        "unclear",
    ),
    (
        "Before I can say yes I need to check with compliance. Please don't pass on my"
        " details yet.",
        "unclear",
    ),
    (
        "Avant de pouvoir dire oui, je dois vérifier les conflits d'intérêts. Merci de ne"
        " pas transmettre mes coordonnées pour l'instant.",
        "unclear",
    ),
    ("Antes de poder decir que sí, tengo que revisar posibles conflictos.", "unclear"),
    (
        "Bevor ich zusagen kann, muss ich einen Konfliktcheck machen. Bitte geben Sie meine"
        " Daten noch nicht weiter.",
        "unclear",
    ),
    ("Antes de dizer que sim, preciso verificar conflitos com a nossa equipa.", "unclear"),
    ("Kabla sijasema ndiyo, lazima nikague mgongano wa maslahi.", "unclear"),
    # A yes given, and the check told of as done: the yes stands.
    ("Yes please! I checked before saying yes.", "yes"),
    # A plain yes or a plain no, no check waited on.
    ("Yes, happy to, go ahead.", "yes"),
    ("No thanks, we have a conflict.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), PENDING_YESES)
def test_a_yes_waiting_on_the_writers_check_is_not_yet_given(text: str, answer: str) -> None:
    assert classify_text(text) == answer
