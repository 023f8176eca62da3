"""A note on the writer's own time run on after a go-ahead with no pause, as a
dictated mail writes it ("sure go ahead and connect us I'm boarding now so I'll write
properly once I land"), is no condition on the go-ahead when the writer opens a clause
of their own after it: their subject word, or a verb that names them ("respondo
quando", "nitajibu nikirudi"); a thing their verb is done to ("I'll pick it up") is no
subject of the note. A time put on the go-ahead itself ("go ahead and connect us when
I get back") still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

DICTATED_NOTES = [
    (
        "sure go ahead and connect us I'm boarding a flight so I'll write properly when I get back",
        "yes",
    ),
    ("ok please connect us I'm in the car I'll reply when I'm back", "yes"),
    ("yes go ahead and connect us we'll sort out details once I'm back", "yes"),
    ("Sim pode nos apresentar estou no trânsito respondo quando voltar", "yes"),
    ("Ndiyo endelea kututambulisha niko barabarani nitajibu nikirudi", "yes"),
    ("Oui allez-y mettez-nous en contact je suis en voiture je réponds à mon retour", "yes"),
    # With a pause, as before; and the writer's own verb names them there too.
    ("Yes, please connect us. I'll write properly once I'm back.", "yes"),
    ("Sim, pode nos apresentar. Estou no trânsito, respondo quando voltar.", "yes"),
    # A thing the writer's verb is done to is no subject of the note: the writer is.
    ("Please go ahead and I'll pick it up properly when I'm back at my desk.", "yes"),
    ("Sure, go ahead. I'll look at it when I get back.", "yes"),
    ("Please go ahead and he'll pick it up when I'm back.", "unclear"),
    # The time put on the go-ahead itself, or no go-ahead: still waiting.
    ("go ahead and connect us when I get back", "unclear"),
    ("please connect us once I'm back", "unclear"),
    ("pode nos apresentar quando eu voltar", "unclear"),
    ("I'll decide when I get back go ahead and connect us", "unclear"),
    ("yes once I'm back", "unclear"),
    ("Sim, respondo quando voltar", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), DICTATED_NOTES)
def test_a_note_run_on_after_a_go_ahead_leaves_it_standing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
