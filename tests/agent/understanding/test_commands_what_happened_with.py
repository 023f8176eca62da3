"""A question of what became of an ask that tells the ask by its verb ("oye y qué pasó con
lo de conectarme con Iván? no me ha llegado nada todavía", "what happened with connecting
me with Ivan?", "o que aconteceu com aquilo de me apresentar ao Ivan?", "nini kilitokea na
kuniunganisha na Ivan?") asks how that intro stands: the verb says which intro is meant
and asks for none anew."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "oye y qué pasó con lo de conectarme con Iván? no me ha llegado nada todavía, ni un"
        " mail. avísame porfa\n\nMartín",
        "¿Qué pasó con lo de presentarme a Lucía? Todavía nada.",
        "hey what happened with connecting me with Ivan? haven't heard anything yet",
        "and whatever happened to introducing me to Ivan Petrov?",
        "Qu'est-ce qui s'est passé avec la mise en relation avec Ivan ? Toujours rien reçu.",
        "Au fait, qu'est devenu le truc de me présenter à Ivan ?",
        "Was ist denn aus der Vorstellung mit Ivan geworden? Ich habe noch nichts gehört.",
        "e aí, o que houve com aquilo de me conectar com o Ivan?",
        "O que aconteceu com aquilo de me apresentar ao Ivan? Ainda nada.",
        "nini kilitokea na kuniunganisha na Ivan? sijapata chochote",
        "Habari za kuniunganisha na Ivan? Bado sijapata.",
    ],
)
def test_what_became_of_an_ask_told_by_its_verb_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # A proposal, not a question of what became of one.
        "What about introducing me to Ivan Petrov (ivan@petrov.example)?",
        "¿Qué hay de presentarme a Iván Pérez (ivan@perez.example)?",
        # The question is about something else, the ask stands apart.
        "What happened with the deal? Can you connect me with Ivan Petrov (ivan@petrov.example)?",
        # A new ask beside the question.
        "What happened with connecting me with Ivan? Also please introduce me to Carol Diaz"
        " (carol@diaz.example).",
        "¿Qué pasó con lo de conectarme con Iván? Y preséntame a Carla Ruiz (carla@ruiz.example).",
    ],
)
def test_a_proposal_or_a_new_ask_beside_it_is_no_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is None or found.command != "status"
    assert understand(text).kind == "intro_request"
