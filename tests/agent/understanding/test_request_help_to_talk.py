"""Saying it would help someone to talk to another ("It would help Leah Brandt to talk to
Dr. Keller", "Es würde ihr helfen, mit ... zu sprechen", "Ayudaría a Leah a hablar con",
"Ajudaria a Leah a conversar com") asks for them to meet. Said tentatively ("It might
help her to talk to ...") the writer leaves it to judgement: asked about, not acted on.
French and Swahili say it with the one helped inside the verb ("ça lui ferait du bien",
"ingemsaidia"), which no pattern reads."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

LEAH = Party("Leah Brandt", "leah@calderon.example")
KELLER = Party("Keller", "keller@psi.example")


@pytest.mark.parametrize(
    "text",
    [
        "It would help Leah Brandt (leah@calderon.example) to talk to Dr. Keller"
        " (keller@psi.example).",
        "Es würde Leah Brandt (leah@calderon.example) helfen, mit Dr. Keller"
        " (keller@psi.example) zu sprechen.",
        "Ayudaría a Leah Brandt (leah@calderon.example) a hablar con el Dr. Keller"
        " (keller@psi.example).",
        "Ajudaria a Leah Brandt (leah@calderon.example) a conversar com o Dr. Keller"
        " (keller@psi.example).",
    ],
)
def test_helping_one_to_talk_to_another_pairs_them(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (LEAH, KELLER)
    assert result.confident


def test_a_tentative_help_is_asked_about() -> None:
    result = understand(
        "Leah Brandt (leah@calderon.example) is thinking about a postdoc. It might help her"
        " to talk to Dr. Keller (keller@psi.example)."
    )
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (LEAH, KELLER)
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "It would help Leah Brandt (leah@calderon.example) to talk to her mother.",
        "It might help to know that Dr. Keller (keller@psi.example) runs the beamline.",
    ],
)
def test_no_one_named_to_talk_to_is_no_confident_ask(text: str) -> None:
    result = understand(text)
    assert not (result.kind == "intro_request" and result.confident)
