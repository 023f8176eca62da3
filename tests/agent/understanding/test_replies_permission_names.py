"""A German go-ahead with the modal second ("gerne können Sie den Kontakt zu Herrn Brandt
herstellen") is a statement, not a question, also where it names the one asked about
after "zu" or "mit". Another name, a negation, a time put off, a condition or a question
mark leave it as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

ASKED = "Herrn Brandt"

PERMISSIONS = [
    ("gerne können Sie den Kontakt zu Herrn Brandt herstellen.", "yes"),
    ("gerne können Sie den Kontakt zu Herrn Brandt herstellen. Ich bin ab Mittwoch da.", "yes"),
    ("Den Kontakt mit Herrn Brandt können Sie gern herstellen.", "yes"),
    ("gerne können Sie den Kontakt zu ihm herstellen.", "yes"),
    # Near misses.
    ("Können Sie den Kontakt zu Herrn Brandt herstellen?", "unclear"),
    ("gerne können Sie den Kontakt zu Herrn Brandt herstellen?", "unclear"),
    ("gerne können Sie den Kontakt zu Herrn Müller herstellen.", "unclear"),
    ("gerne können Sie den Kontakt zu Herrn Brandt nicht herstellen.", "unclear"),
    ("gerne können Sie den Kontakt zu Herrn Brandt nach Rücksprache herstellen.", "unclear"),
    ("den Kontakt zu Herrn Brandt können Sie erst nach meinem Urlaub herstellen.", "unclear"),
    ("gerne können Sie den Kontakt zu Herrn Brandt herstellen, wenn er das möchte.", "unclear"),
    ("Wann können Sie den Kontakt zu Herrn Brandt herstellen?", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), PERMISSIONS)
def test_a_go_ahead_naming_the_one_asked_about(text: str, answer: str) -> None:
    assert read_answer(text, asked=ASKED)[0] == answer
