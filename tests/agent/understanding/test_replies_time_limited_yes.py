"""A yes given only for the time being ("Yes, for now", "Sí, por ahora", "Oui, pour
l'instant", "Ja, vorerst", "Sim, por enquanto", "Ndiyo, kwa sasa") hints that it may be
taken back: the writer has not agreed to an introduction that outlasts it, so the reply
is unclear. The limit counts only when it closes the yes; "for now" scoping something
else (a closing thanks, the channel, the writer being busy) leaves the reply as it
was."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

TIME_LIMITED = [
    "Sure, for now.",
    "Yes for the time being",
    "OK, at least for now.",
    "Happy to, for the moment.",
    "Sí, de momento.",
    "Vale, por el momento.",
    "Oui, pour le moment.",
    "D'accord, pour l'heure.",
    "Ja, fürs Erste.",
    "Okay, bis auf Weiteres.",
    "Sim, por ora.",
    "Pode ser, pelo menos por enquanto.",
    "Sawa, kwa sasa hivi.",
    "Ndiyo, kwa wakati huu.",
]

NOT_LIMITING_THE_YES = [
    ("Absolutely! Thanks for now.", "yes"),
    ("Sure, and for now my mobile is the best way to reach me.", "yes"),
    ("Yes, go ahead. That's all for now.", "yes"),
    ("Sí, adelante, y por ahora mejor por correo.", "yes"),
    ("Oui, avec plaisir. C'est tout pour le moment.", "yes"),
    ("Ja, gerne. Das wär's vorerst.", "yes"),
    ("Sim, claro. Por enquanto é só.", "yes"),
    ("Not for now, sorry.", "no"),
    ("Por ahora no, gracias.", "no"),
]


@pytest.mark.parametrize("text", TIME_LIMITED)
def test_a_yes_for_the_time_being_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(("text", "answer"), NOT_LIMITING_THE_YES)
def test_a_time_limit_elsewhere_keeps_the_reading(text: str, answer: str) -> None:
    assert classify_text(text) == answer
