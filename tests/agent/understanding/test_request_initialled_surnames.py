"""A surname that is also a word of the rules ("Asante", Swahili for thanks; "Merci",
"Danke", "Gracias", "Obrigado") follows the first name when the address beside them is
the first name's initial and that word ("Prof. Kwabena Asante (k.asante@knust.edu.gh)"):
the address bears out both words, as one spelling the first name does, and so does one
spelling the first name at a domain the word opens ("Kofi Asante (kofi@asanteaudio.ie)").
An address of another initial leaves the word out of the name."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        (
            "Short version: please introduce me to Prof. Kwabena Asante "
            "(k.asante@knust.edu.gh). He built the sensor network.",
            "Kwabena Asante",
            "k.asante@knust.edu.gh",
        ),
        (
            "Could you introduce me to Kwabena Asante <kasante@knust.edu.gh>?",
            "Kwabena Asante",
            "kasante@knust.edu.gh",
        ),
        (
            "Pourriez-vous me présenter au Dr Jean Merci (j.merci@univ-lyon.fr) ?",
            "Jean Merci",
            "j.merci@univ-lyon.fr",
        ),
        (
            "Könnten Sie mich mit Prof. Anna Danke (a.danke@uni-bonn.de) bekannt machen?",
            "Anna Danke",
            "a.danke@uni-bonn.de",
        ),
        (
            "¿Me presentas a la Dra. Lucía Gracias (l.gracias@uba.ar)?",
            "Lucía Gracias",
            "l.gracias@uba.ar",
        ),
        (
            "Pode me apresentar à Dra. Ana Obrigado (a.obrigado@usp.br)?",
            "Ana Obrigado",
            "a.obrigado@usp.br",
        ),
        (
            "Naomba unitambulishe kwa Dkt. Juma Asante (j.asante@udsm.ac.tz).",
            "Juma Asante",
            "j.asante@udsm.ac.tz",
        ),
    ],
)
def test_an_initialled_address_bears_out_the_surname(text: str, name: str, email: str) -> None:
    result = understand(text)
    assert result.a == _WRITER
    assert result.b == Party(name, email)
    assert result.confident


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        (
            "Could you introduce me to Kofi Asante (kofi@asanteaudio.ie)?",
            "Kofi Asante",
            "kofi@asanteaudio.ie",
        ),
        (
            "Naomba unitambulishe kwa Juma Asante (juma@asantetours.co.tz).",
            "Juma Asante",
            "juma@asantetours.co.tz",
        ),
    ],
)
def test_a_domain_opening_with_the_word_bears_out_the_surname(
    text: str, name: str, email: str
) -> None:
    result = understand(text)
    assert result.b == Party(name, email)
    assert result.confident


def test_an_address_of_another_initial_is_no_such_name() -> None:
    result = understand("Please introduce me to Kwabena Asante (b.asante@knust.edu.gh).")
    assert result.b is None or result.b.name == "Kwabena"
    assert not result.confident


def test_thanks_after_a_name_stays_thanks() -> None:
    result = understand("Please introduce me to Kwabena (k.asante@knust.edu.gh). Asante sana!")
    assert result.b == Party("Kwabena", "k.asante@knust.edu.gh")
