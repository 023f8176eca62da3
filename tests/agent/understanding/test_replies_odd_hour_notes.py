"""A note that the writer's mail may come at odd hours ("Nights this week so emails might
be at odd hours") tells of the writer's replying (reply_notes), in the six languages: its
"might" doubts nothing of a yes beside it. A doubt or a condition on the meeting beside
the note still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ODD_HOURS = [
    (
        "No problem at all, happy to have a chat with her. Nights this week so emails "
        "might be at odd hours lol",
        "yes",
    ),
    ("Yes, go ahead. My replies may come at all hours this week.", "yes"),
    (
        "Ja, gerne. Diese Woche Nachtdienst, meine Mails kommen vielleicht zu komischen Uhrzeiten.",
        "yes",
    ),
    (
        "Oui, avec plaisir. Je suis de nuit cette semaine, mes mails risquent d'arriver à "
        "des heures bizarres.",
        "yes",
    ),
    ("Sí, claro. Esta semana tengo guardias de noche, igual contesto a deshoras.", "yes"),
    (
        "Sim, pode apresentar. Estou de plantão à noite, posso responder em horários estranhos.",
        "yes",
    ),
    ("Ndiyo, sawa. Wiki hii niko zamu ya usiku, huenda nikajibu saa zisizo za kawaida.", "yes"),
    # A doubt or a condition on the meeting beside the note still doubts.
    ("Happy to chat. Emails might be at odd hours but I'm not sure I want to meet her.", "unclear"),
    ("Happy to chat. Emails might be at odd hours if she wants to meet.", "unclear"),
    ("Happy to chat. Emails might be at odd hours, and I might not have time to meet.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), ODD_HOURS)
def test_mail_at_odd_hours_is_a_note_on_replying(text: str, answer: str) -> None:
    assert classify_text(text) == answer
