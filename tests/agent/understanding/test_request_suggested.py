"""A party only suggested, in a short sentence a doubt opens ("Could you introduce me to
an engineer? Maybe Bob Ray (...)."): the writer offers a name for the one asked for
without being sure of it, so the request is asked about, in the six languages, and the
doubt is no word of the name. A sentence that says more of the one named ("Maybe Bob
could help me with the visa forms."), or a doubt about something else, changes
nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_BOB = Party("Bob Ray", "bob@ray.io")

SUGGESTED = [
    "Could you introduce me to an engineer? Maybe Bob Ray (bob@ray.io).",
    "Could you introduce me to an engineer? Perhaps Bob Ray (bob@ray.io) would do.",
    "Pourriez-vous me présenter un ingénieur ? Peut-être Bob Ray (bob@ray.io).",
    "¿Me presentas a un ingeniero? Quizás Bob Ray (bob@ray.io).",
    "Können Sie mich mit einem Ingenieur bekannt machen? Vielleicht Bob Ray (bob@ray.io).",
    "Pode me apresentar a um engenheiro? Talvez o Bob Ray (bob@ray.io).",
]


@pytest.mark.parametrize("ask", SUGGESTED)
def test_a_party_only_suggested_is_asked_about(ask: str) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert result.b == _BOB
    assert not result.confident


KEPT = [
    "Could you introduce me to Bob Ray (bob@ray.io)? Maybe Bob could help me with the visa forms.",
    "Could you introduce me to Bob Ray (bob@ray.io)? Maybe next week.",
]


@pytest.mark.parametrize("ask", KEPT)
def test_other_doubts_change_nothing(ask: str) -> None:
    result = understand(ask)
    assert result.b == _BOB
    assert result.confident
