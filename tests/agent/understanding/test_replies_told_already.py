"""A bare yes beside being told of the matter already by someone ("Yes, yes, Patricia
already told me about it", "Sí, sí, ya me lo había comentado Patricia") acknowledges the
news and answers nothing about the introduction (other_matters): the refusal after it
decides, and alone it is no answer. A yes of its own beside it still says yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "Yes, yes, Tom already told me about it last week.\n\nHonestly I'm not interested, "
        "but thanks.",
        "Oui, oui, Claire m'en avait déjà parlé.\n\nFranchement, ça ne m'intéresse pas.",
        "Sí, sí, ya me lo había comentado Lucía el lunes.\n\nLa verdad es que no me "
        "interesa, gracias.",
        "Ja, ja, Petra hat mir schon davon erzählt.\n\nEhrlich gesagt interessiert mich das nicht.",
        "Sim, sim, a Paula já me tinha falado.\n\nSinceramente não tenho interesse.",
        "Ndiyo, ndiyo, Amina alishaniambia.\n\nKusema kweli sina nia.",
    ],
)
def test_a_yes_to_news_already_told_then_a_refusal_is_no(text: str) -> None:
    assert classify_text(text) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, Tom already told me about it.",
        "Sí, sí, ya me lo dijo Lucía.",
        "Oui, Claire me l'a déjà dit.",
    ],
)
def test_a_yes_to_news_already_told_alone_answers_nothing(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, Tom already told me about him - happy to meet.",
        "Sí, ya me lo había comentado Lucía. Adelante, con gusto.",
        "Ja, Petra hat mir schon davon erzählt. Sehr gerne, stellen Sie uns vor.",
    ],
)
def test_a_yes_of_its_own_beside_it_still_says_yes(text: str) -> None:
    assert classify_text(text) == "yes"


def test_a_refusal_beside_it_stays_no() -> None:
    assert classify_text("No, Tom already told me about it and I'm not interested.") == "no"
