"""After a yes, a note asking to be reached on another channel because the writer hardly
reads mail ("Le agradezco si me escribe por WhatsApp porque el correo casi no lo reviso",
"Best if he texts me on WhatsApp because I hardly ever check email") is a note on how to
reach the writer: the mail habit, one of the asides read whole, closing its clause,
neither negates the note nor stops it with its words ("check", "jamais"). The object
fronted ("el correo casi no lo reviso", "Mails lese ich kaum", "o email quase não vejo",
"barua pepe siangalii sana") is the same aside. A doubt or a turn to someone else beside
it, or an aside its clause goes on from, still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

NOTES = [
    "Sure, go ahead. Best if he texts me on WhatsApp because I hardly ever check email.",
    "Sure, go ahead. Better if he calls me, email I hardly check.",
    "Oui, allez-y. Ce serait mieux s'il m'appelle, parce que je ne regarde jamais mes mails.",
    "Oui, allez-y. Le mieux c'est qu'il m'écrive sur WhatsApp, parce que les mails je les"
    " regarde à peine.",
    "Con mucho gusto, adelante. Le agradezco si el señor Arango me escribe por WhatsApp al"
    " 300 000 0000 porque el correo casi no lo reviso, lo maneja mi nieta.",
    "Sí, adelante. Le agradezco si me escribe por WhatsApp porque casi no reviso el correo.",
    "Ja, gerne. Am besten, wenn er mir auf WhatsApp schreibt, denn Mails lese ich kaum.",
    "Sim, pode avançar. Melhor se ele me mandar mensagem no WhatsApp porque o email quase"
    " não vejo.",
    "Ndiyo, sawa. Anipigie simu kwa sababu barua pepe siangalii sana.",
]


@pytest.mark.parametrize("text", NOTES)
def test_a_channel_asked_for_as_the_writer_hardly_reads_mail_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTED = [
    # An aside its clause goes on from (a month after it) is read with what follows.
    "Yes, happy to. Call me in the mornings, otherwise don't call before March.",
    "Sure, go ahead. Best if he calls me because I hardly ever check email, but check with"
    " my boss first.",
    "Sure, go ahead. Best if he calls me, I hardly ever check email. Not sure about Friday though.",
    "Sí, adelante, si es algo serio. Le agradezco si me escribe por WhatsApp porque el"
    " correo casi no lo reviso.",
    "Sí, adelante. Le agradezco si me escribe por WhatsApp porque el correo casi no lo"
    " reviso. ¿Quién es exactamente?",
    "Ja, gerne, falls es nichts kostet. Mails lese ich kaum.",
    "Ja, gerne. Mails lese ich kaum, ich muss aber erst meinen Chef fragen.",
]


@pytest.mark.parametrize("text", STILL_DOUBTED)
def test_a_doubt_beside_the_mail_habit_still_counts(text: str) -> None:
    assert classify_text(text) == "unclear"
