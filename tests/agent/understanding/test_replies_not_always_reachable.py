"""Beside a yes, the writer not always reachable ("I'm not always reachable during the
day", "je ne suis pas toujours joignable") is a note on how to reach them, and telling
the other not to hesitate ("tell him not to hesitate to leave a message") is
encouragement: neither negation doubts the yes. A doubt, a put-off or a refusal beside
them still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "No problem, go ahead. I'm not always reachable during the day, so he should "
        "leave a message.",
        "Sure, go ahead. Tell her not to hesitate to leave me a voicemail.",
        "Pas de souci, vous pouvez lui donner mon numéro. Je ne suis pas toujours "
        "joignable le matin, dites-lui de ne pas hésiter à laisser un message.",
        "Sí, claro. No siempre estoy localizable por la mañana, que no dude en dejarme un mensaje.",
        "Ja, gerne. Ich bin tagsüber nicht immer erreichbar, er soll mir einfach eine "
        "Nachricht hinterlassen.",
        "Sim, claro. Nem sempre estou contactável durante o dia, ele pode deixar mensagem.",
        "Ndiyo, karibu. Sipatikani kila wakati mchana.",
    ],
)
def test_not_always_reachable_beside_a_yes_is_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes. I'm not always reachable, so maybe later.",
        "Pas de souci. Je ne suis pas toujours joignable, donc je ne sais pas si c'est utile.",
        "Ja, gerne. Ich bin nicht immer erreichbar, vielleicht im Januar.",
        "I'm not always reachable.",
        "Je ne suis pas toujours joignable.",
    ],
)
def test_a_doubt_beside_it_still_counts(text: str) -> None:
    assert classify_text(text) != "yes"


def test_a_refusal_beside_it_still_refuses() -> None:
    assert classify_text("I'm not always reachable and I'm not interested, sorry.") == "no"
