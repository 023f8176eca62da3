"""German separable verbs take their "zu" inside the word in the zu-infinitive after a
frame ("es wäre schön, ...", "ich überlege, ob es sinnvoll wäre, ..."):
"zusammenzubringen", "zusammenzuführen" and "bekanntzumachen" close an ask as
"zusammenbringen" and "bekannt zu machen" do. It was read as no request at all. A frame
that only weighs the intro still leaves it to be asked about, never acted on."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_SENDER = "Ruth Albers <r.albers@gemeinde-ost.example>"
_JONAS = Party("Jonas Ebert", "j.ebert@posteo.example")
_MIRA = Party("Mira Tan", "mira.tan@tafel-west.example")


@pytest.mark.parametrize(
    "ask",
    [
        "es wäre schön, Herrn Jonas Ebert (j.ebert@posteo.example) mit Frau Mira Tan"
        " (mira.tan@tafel-west.example) zusammenzubringen.",
        "wäre es möglich, Herrn Jonas Ebert (j.ebert@posteo.example) mit Frau Mira Tan"
        " (mira.tan@tafel-west.example) bekanntzumachen?",
        "ich bitte Sie, Jonas Ebert (j.ebert@posteo.example) und Mira Tan"
        " (mira.tan@tafel-west.example) zusammenzuführen, es geht um den Basar.",
    ],
)
def test_a_zu_infinitive_inside_the_verb_closes_the_ask(ask: str) -> None:
    result = understand(f"Hallo,\n\n{ask}\n\nViele Grüße\nRuth Albers", sender=_SENDER)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_JONAS, _MIRA}
    assert result.confident


def test_a_frame_weighing_the_intro_is_asked_about() -> None:
    result = understand(
        "Liebes Team,\n\nich überlege, ob es sinnvoll wäre, Herrn Jonas Ebert (Kantor,"
        " j.ebert@posteo.example) mit Frau Mira Tan vom Tafelverein"
        " (mira.tan@tafel-west.example) zusammenzubringen - wegen des Adventsbasars.\n\n"
        "Bitte noch nicht losschicken, ich spreche vorher mit ihm. Melden Sie sich bitte"
        " erst bei mir.\n\nViele Grüße\nRuth Albers",
        sender=_SENDER,
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_JONAS, _MIRA}
    assert not result.confident
