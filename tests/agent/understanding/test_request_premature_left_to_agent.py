"""A writer who leaves to the agent whether the intro is premature ("If you think it's
premature, let's leave it until March", "Si crees que es prematuro, lo dejamos para
marzo", "si vous pensez que c'est trop tôt", "wenn Sie es für verfrüht halten", "se achar
que é cedo demais", "kama unaona ni mapema") leaves it to the agent's judgement
(``judgement_cues``): the request is asked about, both addresses written or not. It was
acted on."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_LUCIA = Party("Lucía Navarro", "lnavarro@meseta.example")

_ASKS = [
    "Could you introduce me to Lucía Navarro (lnavarro@meseta.example)? We raise in five"
    " months. If you think it's premature, let's leave it until March.",
    "¿Podrías presentarme a Lucía Navarro (lnavarro@meseta.example)? Levantamos en cinco"
    " meses. Si crees que es prematuro, lo dejamos para marzo.",
    "Pourriez-vous me présenter à Lucía Navarro (lnavarro@meseta.example) ? Nous levons dans"
    " cinq mois. Si vous pensez que c'est trop tôt, on attend mars.",
    "Könnten Sie mich mit Lucía Navarro (lnavarro@meseta.example) bekannt machen? Wir"
    " sammeln in fünf Monaten. Wenn Sie es für verfrüht halten, warten wir bis März.",
    "Pode me apresentar à Lucía Navarro (lnavarro@meseta.example)? Vamos captar em cinco"
    " meses. Se você achar que é cedo demais, deixamos para março.",
    "Tafadhali nitambulishe kwa Lucía Navarro (lnavarro@meseta.example). Tutachangisha"
    " baada ya miezi mitano. Kama unaona ni mapema, tusubiri hadi Machi.",
]


@pytest.mark.parametrize("body", _ASKS)
def test_prematurity_left_to_the_agent_is_asked_about(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.b == _LUCIA
    assert not result.confident


def test_a_plain_ask_with_the_same_people_is_acted_on() -> None:
    result = understand(
        "Could you introduce me to Lucía Navarro (lnavarro@meseta.example)? We raise in"
        " five months."
    )
    assert result.b == _LUCIA
    assert result.confident
