"""A note at the top that points below ("see below", "voir ci-dessous", "ver abajo",
"siehe unten", "ver abaixo", "tazama hapa chini"), signed with a name, with the writer's
answer typed unquoted among the quote's ``>`` lines: the answer is read in the note's
place, above the name that signs the top, so the signature cut keeps it. Without such a
note the new text stays as it was."""

from __future__ import annotations

import pytest

from agent.understanding.quotes import extract_new_text


def _mail(note: str, answer: str) -> str:
    return (
        f"{note}\n\nRaj\n\nOn Mon, 3 Nov 2025 at 11:20, Intro Agent <intro@introbot.net> wrote:\n\n"
        "> Hi Raj,\n>\n> Would you like the introduction?\n\n"
        f"{answer}\n>\n> Nothing is shared before both of you say yes.\n"
    )


@pytest.mark.parametrize(
    ("note", "answer"),
    [
        ("see below", "Yes, go ahead."),
        ("Voir ci-dessous", "Oui, allez-y."),
        ("ver abajo", "Sí, adelante."),
        ("siehe unten", "Ja, gerne."),
        ("ver abaixo", "Sim, pode avançar."),
        ("tazama hapa chini", "Ndiyo, endelea."),
    ],
)
def test_an_answer_pointed_to_below_is_read_in_the_notes_place(note: str, answer: str) -> None:
    new = extract_new_text(_mail(note, answer), inline=True, writer="Raj Patel")
    assert new.index(answer) < new.index("Raj")


def test_without_a_note_the_answer_stays_below() -> None:
    new = extract_new_text(_mail("Thanks", "Yes, go ahead."), inline=True, writer="Raj Patel")
    assert new.index("Raj") < new.index("Yes, go ahead.")
