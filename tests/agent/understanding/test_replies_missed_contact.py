"""After a sentence that says yes, a note on reaching the writer may hold an "if" whose own
verb is negated, the other not hearing back or not getting through ("so if she doesn't
hear back in a day or two, it's nothing personal"): the contact failing is the
condition, and the note what to do then; it refuses nothing. So do a reassurance that
negates ("I won't be offended"), a copy suggested ("copying her in wouldn't hurt"), the
days of the writer's week ("any other weekday"), a call that rings ("if she rings") and
an hour in German ("nicht vor 18 Uhr"). A negated "if" that names no channel, a negator
outside the condition, a refusal beside the note, a day of the month and a yes in the
turn's own sentence still count."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

MISSED_CONTACT = [
    (
        "Sure, glad to. Heads up though, I'm slow on email this month, so if Ana doesn't "
        "hear back for a while it's nothing personal.",
        "yes",
    ),
    (
        "Go ahead. Fair warning: I'm bad at email right now, so if he doesn't hear back he "
        "should nudge me. I won't be offended.",
        "yes",
    ),
    (
        "Ja, gerne. Ich bin langsam mit E-Mails, wenn er sich nicht meldet, soll er nachhaken.",
        "yes",
    ),
    ("Sim, claro. Ando com pouco tempo, se não me ligar até sexta, pode escrever.", "yes"),
    ("Ndiyo. Kama hatanipigia simu, aniandikie.", "yes"),
    ("Yes that's fine. I'm on nights so if he rings don't expect anything before 2pm.", "yes"),
    ("Ja, gern. Er soll sich einfach melden, am besten nicht vor 18 Uhr.", "yes"),
    (
        "By all means. Monday is my day off, but any other weekday after 10am I'm in the "
        "office. My secretary keeps my diary, so copying her in wouldn't hurt.",
        "yes",
    ),
    (
        "Gerne. Meine Assistentin führt meinen Kalender, sie in Kopie zu nehmen schadet nicht.",
        "yes",
    ),
    ("Oui. Mon assistante gère mon agenda, la mettre en copie ne ferait pas de mal.", "yes"),
    ("Claro. Mi asistente lleva mi agenda, ponerla en copia no estaría de más.", "yes"),
    # Near-misses: the consequence refuses or doubts, the "if" names no channel, the
    # negator is the consequence's, a day of the month, a turn to something else, a
    # suggestion made before the introduction, a refusal beside the reassurance.
    ("Yes. If he doesn't hear back from me, the answer is no.", "unclear"),
    # An "if" that ends its sentence hangs on the clause before it, which may doubt.
    ("Yes, happy to. Don't be surprised if he doesn't call back.", "unclear"),
    ("Oui, avec plaisir. Ne soyez pas surpris s'il ne m'appelle pas.", "unclear"),
    ("Yes. If I don't reply by email, assume I'm not interested.", "unclear"),
    ("Yes. If I don't like him, I'll say so.", "unclear"),
    ("Sure. I'm around if he doesn't want a call.", "unclear"),
    ("Oui. Je suis là s'il ne veut pas d'appel.", "unclear"),
    ("Yes. If he calls I won't pick up.", "unclear"),
    ("Yes. If she rings, I won't answer before the 20th.", "unclear"),
    ("Ja, gerne. Er soll sich melden, aber nicht vor dem 18.", "unclear"),
    ("Yes. I'm around any weekday, but she should know I'm retiring.", "unclear"),
    ("Yes. Any weekday works, but only if he's serious.", "unclear"),
    ("Yes, but not this weekend.", "unclear"),
    ("Sure. Asking him first wouldn't hurt.", "unclear"),
    ("No. I won't be offended.", "no"),
    ("Sure. I won't be offended if you say no.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), MISSED_CONTACT)
def test_a_contact_missed_in_a_note_refuses_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
