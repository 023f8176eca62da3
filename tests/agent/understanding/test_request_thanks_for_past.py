"""Thanks for an intro made before, said with a form that may also ask ("Agradecemos que
nos presentaran", "Merci de nous présenter", "Agradecemos que nos apresentassem"), asks
nothing when its clause puts the intro in the past ("el año pasado", "ayer", "l'an
dernier", "letztes Jahr", "no ano passado", "last year", "mwaka jana"). Without a past
time, with thanks in advance, or with the past time in another clause, the ask stands."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_LUCIA = "Lucía Vera (lucia@vera.example)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Agradecemos que nos presentaran a la Dra. {_LUCIA} el año pasado.",
        f"Agradecemos que nos presentaran a la Dra. {_LUCIA} ayer.",
        f"Te agradezco que me presentaras a {_LUCIA} la semana pasada.",
        f"Agradecemos que nos apresentassem à Dra. {_LUCIA} no ano passado.",
        f"Agradeço que me apresentasses à {_LUCIA} ontem.",
        f"Merci de nous présenter à la Dre {_LUCIA} l'an dernier.",
        f"Nous vous remercions de nous avoir présentés à {_LUCIA} l'an dernier.",
        f"Danke, dass Sie uns letztes Jahr Dr. {_LUCIA} vorgestellt haben.",
        f"Thank you for introducing us to Dr. {_LUCIA} last year.",
        f"We're grateful you introduced us to Dr. {_LUCIA} last year.",
        f"Asante kwa kututambulisha kwa Dkt. {_LUCIA} mwaka jana.",
    ],
)
def test_thanks_for_a_past_intro_asks_nothing(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Agradeceríamos que nos presentaran a la Dra. {_LUCIA}.",
        f"Agradeceríamos que nos presentaran a la Dra. {_LUCIA} la semana que viene.",
        f"Te agradecería que me presentaras a {_LUCIA}, la conocí el año pasado.",
        f"Gracias por tu ayuda del año pasado. ¿Podrías presentarme a {_LUCIA}?",
        f"Merci d'avance de me présenter à {_LUCIA}, je l'ai croisée hier.",
        f"Agradeço desde já se me apresentar à {_LUCIA}, conheci-a no ano passado.",
        f"Could you introduce me to {_LUCIA}? Thanks for the tip last year - it helped.",
        f"Ich wäre dankbar, wenn Sie mich mit {_LUCIA} bekannt machen, wir trafen uns"
        " letztes Jahr.",
        f"Thanks for your help last year. Could you introduce me to {_LUCIA}?",
    ],
)
def test_thanks_asking_or_a_past_time_elsewhere_leaves_the_ask(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert Party("Lucía Vera", "lucia@vera.example") in {result.a, result.b}
