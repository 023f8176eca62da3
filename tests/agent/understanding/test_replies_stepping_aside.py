"""Stepping aside from an introduction, or being unable to take it up, refuses it.

"I will respectfully step aside on this one", "he will not be able to take up this
introduction" (relayed by an assistant: the person's own decision), "je me mets en
retrait", "me hago a un lado", "halte ich mich da raus", "prefiro ficar de fora",
"najiweka kando". A yes beside one ("Yes, I'll step aside and let you two talk") is
no clear yes.
"""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "For that reason I will respectfully step aside on this one, but I do wish him "
        "every success.",
        "Please be informed that the MD has asked me to convey that he will not be able "
        "to take up this introduction at this time.",
        "I'm afraid I'm unable to take up the introduction.",
        "Je me mets en retrait sur ce coup-là, mais je lui souhaite bonne chance.",
        "Por eso me hago a un lado, pero le deseo éxito.",
        "El director me pidió comunicarle que no podrá aceptar la presentación.",
        "Daher halte ich mich da raus, wünsche ihm aber viel Erfolg.",
        "Por isso prefiro ficar de fora, mas desejo sucesso.",
        "Kwa hiyo najiweka kando, lakini namtakia kila la heri.",
    ],
)
def test_stepping_aside_refuses(text: str) -> None:
    assert classify_text(text) == "no"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes, I'll step aside and let you two talk.", "unclear"),
        ("The MD has asked me to convey that he is agreeable to the introduction.", "yes"),
    ],
)
def test_near_misses_keep_their_reading(text: str, answer: str) -> None:
    assert classify_text(text) == answer
