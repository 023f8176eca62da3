"""A refusal beside "it depends" ("kommt darauf an", "ça dépend", "depende",
"inategemea"), with no contrast after the last one, refuses only some cases: unclear.
"It depends on what he wants, but honestly no" still refuses, and a yes beside it stays
unclear as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "Robotik machen wir eigentlich nicht mehr. Kommt darauf an, in welcher Phase sie ist. "
        "Ab Series A eventuell, Pre-Seed auf keinen Fall.",
        "unclear",
    ),
    ("It depends on the stage. Series A maybe, pre-seed definitely not.", "unclear"),
    ("Ça dépend de son stade. En amorçage, non.", "unclear"),
    ("Depende de la fase. En pre-seed, no.", "unclear"),
    ("Depende da fase. Em pre-seed não.", "unclear"),
    ("Inategemea hatua yake. Kwa sasa hapana.", "unclear"),
    # A contrast after it leaves the refusal the answer; a yes beside it never stands.
    ("It depends on what he wants, but honestly no, I'm not interested.", "no"),
    ("Es kommt darauf an, aber nein danke.", "no"),
    ("Yes, depending on the stage.", "unclear"),
    # A refusal before it in its sentence is the answer, the rest its reason.
    ("No thanks, it depends on the funding and we have none.", "no"),
    ("No thanks.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_a_refusal_that_depends_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer
