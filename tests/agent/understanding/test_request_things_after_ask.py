"""A thing presented in a clause after the ask ("..., ya que el plazo para presentar la
oferta vence el día 15") leaves the ask read: only a verb of presenting before the ask's
end presents a thing instead of a person ("I'd like to introduce you both to our new
reporting dashboard", "Je vous présente notre nouvelle plateforme")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand

BOB = Party("Bob Ray", "bob@ray.example")


@pytest.mark.parametrize(
    "text",
    [
        "Could you put me in touch with Bob Ray (bob@ray.example)? I have to present our"
        " offer to the board by Friday, so soon would be best.",
        "Could you put me in touch with Bob Ray (bob@ray.example), as I have to present our"
        " offer by Friday?",
        "Pourriez-vous me mettre en relation avec Bob Ray (bob@ray.example), car je dois"
        " présenter notre offre vendredi ?",
        "Agradecería que me pusieran en contacto con Bob Ray (bob@ray.example), ya que el"
        " plazo para presentar la oferta vence el día 15.",
        "Könnten Sie mich mit Bob Ray (bob@ray.example) in Kontakt bringen, weil ich bis"
        " Freitag unser Angebot präsentieren muss?",
        "Poderia me colocar em contato com o Bob Ray (bob@ray.example), pois preciso"
        " apresentar a oferta até sexta?",
    ],
)
def test_a_thing_presented_after_the_ask(text: str) -> None:
    assert confident_b(text) == BOB


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to introduce you both to our new reporting dashboard.",
        "Je vous présente notre nouvelle plateforme, Bob Ray (bob@ray.example) en est le"
        " responsable.",
        "Os presento nuestro nuevo producto: Bob Ray (bob@ray.example) os lo explicará.",
    ],
)
def test_a_thing_presented_by_the_ask_itself(text: str) -> None:
    result = understand(text, to="Carl Diaz <carl@diaz.example>, Dee Fox <dee@fox.example>")
    assert not result.confident
