"""A note on how fast the writer replies ("replies might be slow", "je risque de répondre
lentement", "puede que tarde en responder", "ich antworte eventuell langsam", "posso
demorar a responder", "huenda nikachelewa kujibu"), in a sentence on their whereabouts
after a yes said in an earlier one, with only a yes after its contrast, doubts nothing.
The note in the yes's own sentence, or a doubt, a condition or a negation beside it,
reads as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

NOTES = [
    (
        "Yes please. I'm at a trade fair in Frankfurt until the 19th so replies might be"
        " slow, but I'd be glad to talk to Keiko any time after that.",
        "yes",
    ),
    (
        "Sure. I'm travelling until Friday so replies might be slow, but happy to be introduced.",
        "yes",
    ),
    (
        "Oui, volontiers. Je suis en déplacement jusqu'au 19, je risque de répondre"
        " lentement, mais je serais ravi de parler à Keiko.",
        "yes",
    ),
    (
        "Sí, encantado. Estoy en una feria hasta el 19 y puede que tarde en responder, pero"
        " con gusto hablo con Keiko después.",
        "yes",
    ),
    (
        "Ja, gerne. Ich bin auf einer Messe bis Freitag, ich antworte eventuell langsam, aber"
        " ich spreche gern mit Keiko.",
        "yes",
    ),
    (
        "Sim, claro. Estou viajando até dia 19 e posso demorar a responder, mas com prazer"
        " falo com a Keiko.",
        "yes",
    ),
    (
        "Ndiyo. Niko safarini hadi tarehe 19, huenda nikachelewa kujibu, lakini nitafurahi"
        " kuongea na Keiko.",
        "yes",
    ),
    # The yes's own sentence, or a doubt, a condition or a negation beside the note.
    ("Sure, I'm travelling so replies might be slow.", "unclear"),
    (
        "Yes please. I'm at a trade fair until the 19th so replies might be slow, but I'm"
        " not sure I want this.",
        "unclear",
    ),
    (
        "Yes please. I'm at a trade fair until the 19th so replies might be slow, but maybe"
        " after that.",
        "unclear",
    ),
    (
        "Yes please. I'm at a trade fair until the 19th so replies might be slow, but I'd be"
        " glad to talk to him if he's serious.",
        "unclear",
    ),
    (
        "Yes please. I'm at a trade fair until the 19th so I might not reply, but I'd be glad"
        " to talk to Keiko.",
        "unclear",
    ),
    (
        "Yes please. I'm at a trade fair until the 19th, when I'm back, but I'd be glad to"
        " talk to Keiko.",
        "unclear",
    ),
    ("Yes. Replies might be slow, but happy to.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), NOTES)
def test_a_note_on_slow_replies_beside_whereabouts_doubts_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "a little" inside the note ("kidogo") leaves it a note on how fast one replies.
        (
            "Ndiyo, nitafurahi. Mwezi huu nipo na mitihani, hivyo huenda nikachelewa kidogo"
            " kujibu.",
            "yes",
        ),
        ("Ndiyo, tafadhali. Labda nitachelewa kidogo kujibu.", "yes"),
        (
            "Yes, happy to be introduced. I have exams this month, so I may be a bit slow to"
            " reply.",
            "yes",
        ),
        ("Sí, encantada. Puede que tarde un poco en responder.", "yes"),
        ("Sim, com prazer. Posso demorar um pouco a responder.", "yes"),
        # A doubt beside it still counts.
        ("Ndiyo, huenda nikachelewa kidogo kujibu, lakini sina uhakika.", "unclear"),
    ],
)
def test_a_little_slow_to_reply_doubts_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
