"""A refusal waiting on someone's approval ("I can't actually agree until I've got
sign-off", "tant que mon directeur n'a pas donné son feu vert", "hasta que mi jefa dé el
visto bueno", "bis mein Chef sein OK gibt", "até que o meu chefe dê o sinal verde",
"mpaka nipate idhini ya bosi") is not yet an answer: unclear, and a yes beside it never
stands. Put off to a time or to the writer's own work it refuses for now, as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "So: in principle yes, but I can't actually agree until I've got sign-off. I'll raise "
        "it on Monday. Please don't pass my details on in the meantime.",
        "unclear",
    ),
    ("I can't until I've got my boss's approval.", "unclear"),
    ("Je ne peux pas accepter tant que mon directeur n'a pas donné son feu vert.", "unclear"),
    ("No puedo aceptar hasta que mi jefa dé el visto bueno.", "unclear"),
    ("Ich kann nicht zusagen, bis mein Chef sein OK gibt.", "unclear"),
    ("Não posso aceitar até que o meu chefe dê o sinal verde.", "unclear"),
    ("Siwezi kukubali mpaka nipate idhini ya bosi.", "unclear"),
    ("Yes, but I can't confirm until I've got sign-off.", "unclear"),
    # Put off to a time, or to the writer's own work: no, as before.
    ("Yes, but I can't until next year.", "no"),
    ("No, not until January.", "no"),
    ("Ich kann nicht, bis Januar.", "no"),
    ("Would have loved to, but I can't take on anything new until our record is mixed.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_a_refusal_pending_approval_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer
