"""Thanks for an intro made before, said with a form that may also ask ("Agradecemos que
nos presentaran", "Merci de nous présenter", "Agradecemos que nos apresentassem"), asks
nothing when its clause puts the intro in the past ("el año pasado", "ayer", "l'an
dernier", "letztes Jahr", "no ano passado", "last year", "mwaka jana") or its verb in
the past subjunctive ("presentaran", "pusieras", "apresentassem"). Without either, with
thanks in advance, or with the past time in another clause, the ask stands, as does a
plea in a clause after the thanks ("..., could you also connect me with ...?")."""

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


@pytest.mark.parametrize(
    "sentence",
    [
        f"Agradecemos que nos presentaran a la Dra. {_LUCIA}. Fue una reunión muy útil.",
        f"Te agradezco que me presentaras a {_LUCIA}.",
        f"Agradecemos mucho que nos presentasen a {_LUCIA}, fue muy útil.",
        f"Le agradezco que me pusiera en contacto con {_LUCIA}.",
        f"Agradezco que me pusieras en contacto con {_LUCIA}.",
        f"Agradecemos que nos apresentassem à Dra. {_LUCIA}.",
        f"Agradeço que me apresentasse à {_LUCIA}, correu muito bem.",
    ],
)
def test_thanks_with_the_intro_in_the_past_subjunctive_asks_nothing(sentence: str) -> None:
    """A thanks in the indicative governing an intro verb in the past subjunctive thanks
    for an intro made, a time said or not."""
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        # The conditional asks; the present subjunctive thanks in advance.
        f"Agradeceríamos que nos presentaran a la Dra. {_LUCIA}.",
        f"Te agradecería que me pusieras en contacto con {_LUCIA}.",
        f"Agradezco que me presentes a {_LUCIA}.",
        f"Agradeço que me apresente à {_LUCIA}.",
        f"Agradeceríamos se nos apresentasse à {_LUCIA}.",
        # A word of the ending's shape with a short stem, or a name, is no past verb.
        f"Agradezco que me pases el contacto y me presentes a {_LUCIA}.",
        f"Agradezco que Bárbara me presente a {_LUCIA}.",
    ],
)
def test_thanks_asking_in_another_mood_leaves_the_ask(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.confident
    assert Party("Lucía Vera", "lucia@vera.example") in {result.a, result.b}


_BOB = "Bob Ray (bob@ray.example)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Thanks for introducing us to {_LUCIA}, could you also connect me with {_BOB}?",
        f"Merci de m'avoir présenté {_LUCIA}, pourriez-vous aussi me présenter à {_BOB} ?",
        f"Gracias por presentarme a {_LUCIA}, ¿podrías también ponerme en contacto con {_BOB}?",
        f"Obrigada por me apresentar à {_LUCIA}, podes também apresentar-me ao {_BOB}?",
    ],
)
def test_a_plea_after_a_thanks_clause_asks(sentence: str) -> None:
    """The thanks governs its own clause; a clause opening on a plea after its comma asks
    on its own."""
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert Party("Bob Ray", "bob@ray.example") in {result.a, result.b}
    assert Party("Lucía Vera", "lucia@vera.example") not in {result.a, result.b}


@pytest.mark.parametrize(
    "sentence",
    [
        f"Thanks for introducing us to {_LUCIA}, who runs sales at Vera.",
        f"Merci de m'avoir présenté {_LUCIA}, qui dirige les ventes.",
        f"Thanks for introducing us to {_LUCIA}, could you tell her I'll be late?",
    ],
)
def test_a_thanks_without_a_plea_after_it_asks_nothing(sentence: str) -> None:
    assert understand(f"{sentence}\n\nAnn").kind == "not_a_request"
