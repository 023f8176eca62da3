"""A writer asking the agent's advice on the intro rather than for it: whether it makes
sense, whether it is a good idea, or whether it is too early ("do you think it makes
sense to put me in touch with him, or is it too early?", "tu penses que ça a du sens ?",
"¿crees que tiene sentido o es muy pronto?", "meinst du, das macht Sinn, oder ist es noch
zu früh?", "achas que faz sentido ou é cedo demais?", "unadhani ni wazo zuri au ni mapema
mno?"). The agent has no advice to give, so the request is asked about
(``judgement_cues``), even with every address written. Saying it makes sense, or that it
is not too early, and asking, still asks outright."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_WEAVER = "Lindiwe Dube (lindiwe@weaves.example)"


@pytest.mark.parametrize(
    "body",
    [
        f"I met {_WEAVER} at the craft fair, she sells to hotels. Do you think it makes sense"
        " to connect me with her now?",
        f"{_WEAVER} sells baskets to hotels. Could you introduce us, or is it too early? We"
        " only have twenty pieces ready.",
        f"{_WEAVER} sells baskets to hotels. Do you think it would be a good idea to"
        " introduce me to her?",
        f"{_WEAVER} vend des paniers aux hôtels. Tu penses que ça a du sens de me présenter à"
        " elle, ou c'est encore trop tôt ?",
        f"{_WEAVER} vend des paniers aux hôtels. Est-ce que c'est une bonne idée de nous"
        " mettre en contact ?",
        f"{_WEAVER} vende cestas a hoteles. ¿Crees que tiene sentido presentarme a ella o es"
        " demasiado pronto?",
        f"Kannst du mich mit {_WEAVER} bekannt machen? Sie verkauft Körbe an Hotels. Meinst"
        " du, das macht Sinn, oder ist es noch zu früh?",
        f"A {_WEAVER} vende cestos a hotéis. Achas que faz sentido apresentares-me a ela ou é"
        " cedo demais?",
        f"{_WEAVER} anauza vikapu kwa hoteli. Unadhani ni wazo zuri kunitambulisha kwake au ni"
        " mapema mno?",
    ],
)
def test_advice_asked_on_the_intro_is_asked_about(body: str) -> None:
    result = understand(f"{body}\n\nThabo", subject="intro?")
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == "lindiwe@weaves.example"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"I think it makes sense to connect me with {_WEAVER} now. Could you do that?",
        f"It is not too early: please introduce me to {_WEAVER}, she sells to hotels.",
        f"Je pense que ça a du sens : peux-tu me présenter à {_WEAVER} ?",
        f"Creo que tiene sentido. ¿Me presentas a {_WEAVER}?",
        f"Ich glaube, es macht Sinn. Kannst du mich mit {_WEAVER} bekannt machen?",
    ],
)
def test_sense_said_and_an_ask_stays_confident(body: str) -> None:
    result = understand(f"{body}\n\nThabo", subject="intro")
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == "lindiwe@weaves.example"
    assert result.confident
