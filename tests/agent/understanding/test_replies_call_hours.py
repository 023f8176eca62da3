"""After a yes, a negator that keeps a call to the writer's hours ("Best not to ring the
office line before 10", "Mejor no llamar a recepción antes de las 10") tells when to
call, and the yes stands, an "if" about the other calling beside it included. A month or
a date after the bound, no channel, or the introduction named as what is called still
restricts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CALL_HOURS = [
    ("Yes, please connect us. Best not to ring the office line before 10.", "yes"),
    (
        "Yes, please connect us. Best not to ring the office line before 10 if she does "
        "call, mornings are busy.",
        "yes",
    ),
    ("Happy to, go ahead. Please don't call the ward after 8, we're on rounds.", "yes"),
    ("Oui, allez-y. Mieux vaut ne pas appeler l'accueil avant 10h s'il appelle.", "yes"),
    ("Sí, adelante. Mejor no llamar a recepción antes de las 10.", "yes"),
    ("Sim, pode apresentar. Melhor não ligar para a receção antes das 10 se ela ligar.", "yes"),
    ("Ja, gerne. Am besten nicht vor 10 Uhr im Büro anrufen, falls sie anruft.", "yes"),
    # A month or a date, no channel, or the introduction called about: still a restriction.
    ("Yes, please connect us. Best not to ring the office line before March.", "unclear"),
    ("Yes, please connect us. Best not to ring the office line before 10 May.", "unclear"),
    ("Yes, please connect us. Best not to meet her before 10.", "unclear"),
    ("Yes, please connect us. Best not to ring about the intro before 10.", "unclear"),
    ("Sí, adelante. Mejor no llamar antes de marzo.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CALL_HOURS)
def test_a_call_kept_to_hours_is_a_note(text: str, answer: str) -> None:
    assert classify_text(text) == answer
