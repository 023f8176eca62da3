"""Not needing to ask the writer first ("You don't need to check with me on Kagiso's
intros", "Pas besoin de me demander", "No hace falta que me preguntes") is the writer's
own approval given: no one else's approval still to come, and no refusal, so a go-ahead
beside it stands. A bare "no need" still declines, and someone else to check with still
holds the yes back."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "No problem at all, go ahead. You don't need to check with me on Kagiso's intros.",
        "Go ahead. No need to run it past me next time.",
        "No need to ask me, go ahead.",
        "Oui, allez-y. Pas besoin de me demander pour ses présentations.",
        "Sí, adelante. No hace falta que me preguntes por sus presentaciones.",
        "Ja, nur zu. Du musst mich nicht erst fragen.",
        "Sim, pode avançar. Não precisa me perguntar sobre as apresentações dela.",
        "Ndiyo, endelea. Hakuna haja ya kuniuliza.",
    ],
)
def test_not_needing_to_ask_the_writer_leaves_the_go_ahead(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Alone, it agrees to nothing.
        ("No need to ask me.", "unclear"),
        ("Pas besoin de me demander.", "unclear"),
        # A bare "no need" declines.
        ("No need, thanks.", "no"),
        ("Pas besoin, merci.", "no"),
        ("No hace falta, gracias.", "no"),
        ("Não precisa, obrigado.", "no"),
        # Someone else's approval to come still holds the yes back.
        ("Go ahead, I need to check with my wife first though.", "unclear"),
        ("Go ahead. You'll need to check with my assistant.", "unclear"),
    ],
)
def test_other_needs_keep_their_reading(text: str, answer: str) -> None:
    assert classify_text(text) == answer
