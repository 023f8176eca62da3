"""An answer split by purpose ("for consulting yes, for a permanent role no"), or a refusal
of what the answer depends on ("it depends on what he wants, probably not"), and a yes
and a no said together ("Jein", "oui et non"), answer only in part: unclear, in every
language. A plain refusal that names a purpose, or a "depends" before a "but" and a
refusal, read as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

SPLIT = [
    (
        "Jein. Grundsätzlich schon, aber es kommt drauf an, was Herr Vogel genau sucht - für"
        " Beratung ja, für eine Festanstellung eher nicht.",
        "unclear",
    ),
    ("Kommt darauf an. Für Beratung ja, für einen Job nein.", "unclear"),
    ("For advice yes, for a job no.", "unclear"),
    ("For a full-time job no, for consulting yes.", "unclear"),
    (
        "It depends on what he wants - for consulting yes, for a permanent role probably not.",
        "unclear",
    ),
    ("It depends on what he wants, probably not.", "unclear"),
    ("Pour du conseil oui, pour un poste non.", "unclear"),
    ("Para asesoría sí, para un puesto no.", "unclear"),
    ("Para consultoria sim, para emprego não.", "unclear"),
    ("Kwa ushauri ndiyo, kwa ajira hapana.", "unclear"),
    ("Jein, gerne.", "unclear"),
    ("Yes and no, happy to.", "unclear"),
    ("Oui et non, avec plaisir.", "unclear"),
    ("Sí y no.", "unclear"),
    ("Sim e não, com prazer.", "unclear"),
    ("Ndiyo na hapana.", "unclear"),
    # A refusal naming a purpose, or after a "but", still refuses.
    ("No thanks, not for a job or for consulting.", "no"),
    ("Thanks for asking, for me it's a no.", "no"),
    ("For now, no.", "no"),
    ("Nein danke, für Beratung habe ich keine Zeit.", "no"),
    ("It depends on the scope, but I'm not taking new clients.", "no"),
    ("No thanks, it depends on the funding and we have none.", "no"),
    ("Yes for consulting.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), SPLIT)
def test_an_answer_split_by_purpose_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer
