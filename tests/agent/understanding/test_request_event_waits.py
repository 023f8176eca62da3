"""An ask waiting on an event the agent cannot know of, written without "if": an
inverted condition ("Should the takeover go through, ...", "Sollte die Übernahme
klappen, ...") or a time to come ("Once she's back from Oslo, ...", "as soon as", "une
fois qu'", "dès que", "en cuanto", "una vez que", "sobald", "assim que", "logo que",
"punde"), is asked about. The same words saying only "soon" or "if you can" ("as soon as
possible", "once again", "dès que possible", "en cuanto puedas", "sobald Sie Zeit haben",
"assim que puder", "punde utakapopata nafasi") leave the ask as it was."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_MAYA = "Maya Torvik (maya@torvik.example)"
_PARTY = Party("Maya Torvik", "maya@torvik.example")


@pytest.mark.parametrize(
    "body",
    [
        f"Should the takeover go through, please introduce me to {_MAYA}.",
        f"Once she's back from Oslo, could you connect me with {_MAYA}?",
        f"Could you connect me with {_MAYA}, once the funding round closes?",
        f"As soon as the board signs off, please introduce me to {_MAYA}.",
        f"Une fois qu'elle sera rentrée d'Oslo, pourriez-vous me présenter à {_MAYA} ?",
        f"Dès que le rachat sera signé, merci de me mettre en relation avec {_MAYA}.",
        f"En cuanto vuelva de Oslo, ¿me podrías presentar a {_MAYA}?",
        f"Una vez que se cierre la compra, preséntame a {_MAYA}, por favor.",
        f"Sollte die Übernahme klappen, stellen Sie mich bitte {_MAYA} vor.",
        f"Sobald sie aus Oslo zurück ist, könnten Sie mich mit {_MAYA} bekannt machen?",
        f"Assim que ela voltar de Oslo, pode me apresentar à {_MAYA}?",
        f"Logo que a compra for assinada, apresente-me à {_MAYA}, por favor.",
        f"Punde atakaporudi kutoka Oslo, tafadhali nitambulishe kwa {_MAYA}.",
    ],
)
def test_an_ask_waiting_on_an_event_is_asked_about(body: str) -> None:
    result = understand(f"Hi,\n\n{body}\n\nAnn")
    assert result.kind == "intro_request"
    assert _PARTY in (result.a, result.b)
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"Please introduce me to {_MAYA} as soon as possible.",
        f"As soon as you can, please introduce me to {_MAYA}.",
        f"Once again, could you introduce me to {_MAYA}?",
        f"Should you have a moment, please introduce me to {_MAYA}.",
        f"Dès que possible, pourriez-vous me présenter à {_MAYA} ?",
        f"En cuanto puedas, ¿me podrías presentar a {_MAYA}?",
        f"Sobald Sie Zeit haben, könnten Sie mich mit {_MAYA} bekannt machen?",
        f"Assim que puder, pode me apresentar à {_MAYA}?",
        f"Punde utakapopata nafasi, tafadhali nitambulishe kwa {_MAYA}.",
    ],
)
def test_soon_or_politeness_leaves_the_ask(body: str) -> None:
    result = understand(f"Hi,\n\n{body}\n\nAnn")
    assert result.kind == "intro_request"
    assert _PARTY in (result.a, result.b)
    assert result.confident
