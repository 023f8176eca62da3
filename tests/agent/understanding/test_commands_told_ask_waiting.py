"""An ask told of as made before ("Hace dos semanas te pedí que me presentaras a la doctora
Paredes") beside a cue that the writer still waits ("todavía no sé nada", "still nothing",
"toujours rien", "immer noch nichts", "ainda nada", "bado sijasikia") or a question whether
it is still pending or the one asked for answered ("¿Sigue pendiente?", "¿Te ha contestado
ella?") asks how it stands, not for the intro again; the same told ask followed by a new ask
for someone else asks for that intro."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Hola:\n\nHace dos semanas te pedí que me presentaras a la doctora Paredes y todavía no"
        " sé nada. ¿Sigue pendiente? ¿Te ha contestado ella?\n\nGracias,\nRocío",
        # A waiting cue alone beside the told ask, in its sentence or the next.
        "Hace dos semanas te pedí que me presentaras a la doctora Paredes y todavía no sé nada.",
        "I asked you two weeks ago to introduce me to Dr Paredes and still nothing.",
        "Two weeks ago I asked you to introduce me to Dr Paredes. Still nothing.",
        "Je t'ai demandé il y a deux semaines de me présenter à la docteure Paredes et toujours"
        " rien.",
        "Ich hatte dich vor zwei Wochen gebeten, mich Frau Paredes vorzustellen, und immer noch"
        " nichts.",
        "Pedi-te há duas semanas que me apresentasses à doutora Paredes e ainda nada.",
        "Nilikuomba wiki mbili zilizopita unitambulishe kwa Dkt. Paredes na bado sijasikia.",
        # A question whether it is still pending or the one asked for answered.
        "I asked you two weeks ago to introduce me to Dr Paredes. Is it still pending?",
        "Je t'ai demandé de me présenter à la docteure Paredes. C'est toujours en attente ?",
        "Je vous ai demandé de me présenter à Mme Paredes. Vous a-t-elle répondu ?",
        "Te pedí que me presentaras a la doctora Paredes. ¿Te ha contestado ella?",
        "Ich hatte dich gebeten, mich Frau Paredes vorzustellen. Ist das noch offen?",
        "Ich hatte dich gebeten, mich Frau Paredes vorzustellen. Hat sie dir geantwortet?",
        "Pedi-te que me apresentasses à doutora Paredes. Ainda está pendente?",
        "Pedi-te que me apresentasses à doutora Paredes. Ela te respondeu?",
        "Nilikuomba unitambulishe kwa Dkt. Paredes. Je, bado inasubiri?",
        "Nilikuomba unitambulishe kwa Dkt. Paredes. Je, amekujibu?",
    ],
)
def test_told_ask_beside_waiting_or_pending_question_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # The same told ask, then a new ask for someone else: a request.
        "Hace dos semanas te pedí que me presentaras a la doctora Paredes y todavía no sé nada."
        " ¿Podrías presentarme también a Luis Gómez?",
        "Two weeks ago I asked you to introduce me to Dr Paredes and still nothing, so please"
        " introduce me to Carol Diaz instead.",
        "Two weeks ago I asked you to introduce me to Dr Paredes. Still nothing. Could you"
        " introduce me to Carol Diaz as well?",
        "Je t'ai demandé de me présenter à la docteure Paredes et toujours rien. Peux-tu me"
        " présenter à Luc Martin ?",
        # A waiting cue with no ask told of: nothing of an intro.
        "I asked Maria about the offsite and still nothing.",
    ],
)
def test_told_ask_then_a_new_ask_or_no_told_ask_is_no_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is None or found.command != "status"
