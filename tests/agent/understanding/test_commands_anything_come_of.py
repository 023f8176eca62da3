"""A question whether anything came of an intro asked before ("did anything come of my
intro to ...", "est-il sorti quelque chose de ma demande", "¿salió algo de mi solicitud?",
"ist aus meiner Anfrage etwas geworden?", "saiu alguma coisa do meu pedido?", "kuna
chochote kilichotokea kuhusu ombi langu?") asks how it stands; in a mail of up to 90
words it may stand in any sentence, small talk around it, when the intro is the writer's
own, no address is written outside the question and nothing asks for a new intro."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

# Small talk around the question, making the mail longer than a short one (over 40 words).
_CHAT = (
    "Hope the week is treating you well, the rain here has not stopped since Sunday and the"
    " garden is a swamp, but the tomatoes seem happy enough about it all."
)


@pytest.mark.parametrize(
    "text",
    [
        _CHAT + "\n\nBy the way, did anything ever come of my intro to Dr Hale? Not heard a"
        " thing yet.\n\nCheers,\nAnn",
        _CHAT + "\n\nAnyway, has anything come of my request to meet Priya Raman?\n\nAnn",
        "Did anything come of my intro to Priya Raman?",
        # The address of whom the intro is with, in the question: no one given anew.
        _CHAT + "\n\nDid anything come of my intro to Dr Hale (hale@clinic.example)? Ann",
        # Any status question of the writer's own intro, not only whether anything came of it.
        "We had a great time at the fair. Any news on my request to meet Paula Grant? I sent it"
        " about a week ago and haven't heard anything back. No rush, I just want to make sure it"
        " didn't get lost before our review on the 20th.",
        "Did anything come of introducing me to Priya Raman?",
        "I asked you to introduce me to Priya Raman last week. Did anything come of it?",
        "Est-il sorti quelque chose de ma demande de mise en relation avec Mme Roux ?",
        "¿Salió algo de mi solicitud de presentación a Reme Soler?",
        "¿Ha salido algo de presentarme a Reme Soler?",
        "Ist aus meiner Anfrage wegen Frau Berger etwas geworden?",
        "Saiu alguma coisa do meu pedido de apresentação à Lia Brandão?",
        "Kuna chochote kilichotokea kuhusu ombi langu la kutambulishwa kwa Neema Kimaro?",
    ],
)
def test_whether_anything_came_of_an_intro_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # A new ask beside the question.
        _CHAT + "\n\nDid anything come of my intro to Dr Hale? Also, could you introduce me"
        " to Carol Diaz? She runs the allotment society.\n\nAnn",
        # Someone else's intro, in a longer mail.
        _CHAT + "\n\nDid anything come of the intro you made for Sam? He never said.\n\nAnn",
    ],
)
def test_a_new_ask_or_anothers_intro_is_no_status(text: str) -> None:
    assert understand(text).command is None


def test_an_ask_in_small_talk_stays_a_request() -> None:
    result = understand(
        _CHAT + "\n\nCould you introduce me to Priya Raman (priya@lumen.example)? Nothing"
        " came of my search so far.\n\nAnn"
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Priya Raman", "priya@lumen.example")
