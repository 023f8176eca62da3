"""A negated forgetting after a yes ("don't forget to tell him ...", "I haven't forgotten
her", "n'oubliez pas", "no te olvides", "vergiss nicht", "não te esqueças", "usisahau")
says the writer remembers: no refusal and no negation that doubts the yes. A refusal
before it, or another negation beside it, still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REMINDERS = [
    "Sure, go ahead. Don't forget to mention I'm swamped in March.",
    "Yes please. I haven't forgotten her, we sat on a panel together in 2019.",
    "Oui, allez-y. N'oubliez pas de lui dire que mars est chargé pour moi.",
    "Oui, volontiers. Je ne l'ai pas oublié, nous avions travaillé ensemble.",
    "Sí, adelante. No te olvides de contarle que marzo es una locura para mí.",
    "Claro que sí. No me he olvidado de ella, coincidimos en un congreso.",
    "Ja, gerne. Vergiss nicht, ihr zu sagen, dass der März sehr voll ist.",
    "Ja, sehr gern. Ich habe sie nicht vergessen, wir waren zusammen in Graz.",
    "Sim, pode apresentar. Não te esqueças de lhe dizer que março é complicado.",
    "Sim, claro. Não me esqueci dela, trabalhámos juntos no Porto.",
    "Ndiyo, sawa. Usisahau kumsalimia kwa niaba yangu.",
]

STILL_COUNTED = [
    # A refusal before it, a pause between.
    ("No, don't forget I said the same last year.", "no"),
    # Another negation beside the reminder.
    ("Yes. Don't forget, I'm not interested in selling.", "unclear"),
    ("Sure, go ahead. Don't give him my number though.", "unclear"),
    ("Sí, adelante. No le des mi correo, por favor.", "unclear"),
]


@pytest.mark.parametrize("text", REMINDERS)
def test_a_reminder_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(("text", "answer"), STILL_COUNTED)
def test_other_negations_still_count(text: str, answer: str) -> None:
    assert classify_text(text) == answer
