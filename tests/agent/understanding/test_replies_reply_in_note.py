"""After a sentence that says yes, the writer's replying told after a channel in a note on
reaching them ("mejor por WhatsApp que por correo, le contesto más rápido", "que me
escriba sin problema, le contesto entre ensayo y ensayo") tells how the writer answers
there, and a contrast of the note may turn to it ("Pásele mi número, ando de 6 a 6 en el
sitio pero en los altos le contesto"). A reply timed by an event, a condition or no
channel before it still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REPLY_IN_NOTE = [
    ("¡Sí, encantada! Ando liadísima, así que mejor por WhatsApp, le contesto más rápido.", "yes"),
    (
        "Claro que sí. Estoy de viaje pero que me escriba sin problema, le contesto entre "
        "reunión y reunión.",
        "yes",
    ),
    ("Va, sale. Pásele mi número, ando en la obra pero en el descanso le contesto.", "yes"),
    # Near-misses: a reply timed by an event, a condition, no channel before the reply,
    # a reply put off, a doubt beside the note.
    ("Sí claro. Por correo le contesto cuando lo haya pensado.", "unclear"),
    ("Sí claro. Escríbame y le contesto si puedo.", "unclear"),
    ("Sí claro. Por WhatsApp le contesto luego.", "unclear"),
    ("Sí. Ando en la obra pero en el descanso le contesto.", "unclear"),
    ("Sí. Ando en la obra pero le contesto después.", "unclear"),
    ("Sí, pero mejor por WhatsApp, le contesto más rápido.", "unclear"),
    ("Sí. Mejor por WhatsApp, le contesto cuando decida.", "unclear"),
    ("Le contesto más rápido por WhatsApp.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), REPLY_IN_NOTE)
def test_the_writers_replying_on_a_channel_doubts_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
