"""A bare refusal word closing the reply as a sentence of its own ("Nein.", "Non.", "No."),
after a sentence that does not ask, answers no, whatever annoyed question came before it
("Schon wieder? Ich habe letzte Woche doch schon gesagt, ... Nein.", "Franchement je ne
vois pas pourquoi on me sollicite encore. Non."). A question the writer answers ("Do I know
him? No."), "No?", a question after the refusal, a yes, a condition or a doubt leave the
reply as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CLOSING = [
    (
        "Schon wieder? Ich habe letzte Woche doch schon gesagt, dass ich keine weiteren"
        " Kontakte dieser Art möchte. Nein.",
        "no",
    ),
    ("Schon wieder? Ich habe es doch schon gesagt. Nein.\n\nJ. Vogt", "no"),
    ("Franchement je ne vois pas pourquoi on me sollicite encore pour ça. Non.", "no"),
    ("Encore ? Je l'ai déjà dit. Non.\n\nBernard", "no"),
    ("Again? I told you last week I don't want any more of these. No.", "no"),
    ("¿Otra vez? Ya dije la semana pasada que no quiero más contactos así. No.", "no"),
    ("De novo? Já disse na semana passada que não quero mais contactos destes. Não.", "no"),
    # Near misses.
    ("Do I know him? No.", "unclear"),
    ("Why me? No.", "unclear"),
    ("Ist sie aus dem Vertrieb? Nein?", "unclear"),
    ("Is she in sales? I'd want to know first. No?", "unclear"),
    ("Why again? I said so last week. No.\n\nWhat is she selling?", "unclear"),
    ("Why again? I said it before, if you remember. No.", "unclear"),
    ("Pourquoi encore ? Je ne suis pas sûr de vouloir. Non.", "unclear"),
    ("Why me? I have no time for this. Yes.", "unclear"),
    ("Do I know him? No. Happy to meet him though.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CLOSING)
def test_a_bare_refusal_closing_the_reply(text: str, answer: str) -> None:
    assert classify_text(text) == answer
