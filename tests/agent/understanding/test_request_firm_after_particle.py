"""After a first name and a surname, a particle before a run of capitalised words holding
a firm's word, or closing on one, leads to where the one named works, and is no part of
their name, whether or not an address spells the firm: "Herrn Armando Tembe von
Brunnenbau Süd (armando@...)" is Armando Tembe, as "Bw. Armando Tembe wa Visima Kusini"
is. A surname after a particle ("Ursula von der Leyen", "Ludwig van Beethoven", "Armando
Tembe von Weizsäcker") and a run holding no firm's word ("Faraji wa Lake Zone") keep
their readings."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Könnten Sie mich bitte mit Herrn Armando Tembe von Brunnenbau Süd"
            " (armando@gmail.com) bekannt machen?",
            "Armando Tembe",
        ),
        (
            "Könnten Sie mich bitte mit Herrn Armando Tembe von Brunnenbau Süd GmbH"
            " (armando@gmail.com) bekannt machen?",
            "Armando Tembe",
        ),
        (
            "Tafadhali nitambulishe kwa Bw. Armando Tembe wa Visima Kusini (armando@gmail.com).",
            "Armando Tembe",
        ),
        (
            "Pourriez-vous me présenter à Stéphane Roy de Lumière Conseil (sroy.perso@gmail.com) ?",
            "Stéphane Roy",
        ),
        (
            "¿Podrías presentarme a Marta Ruiz de Talento Asociados (mruiz.perso@gmail.com)?",
            "Marta Ruiz",
        ),
        (
            "Pode apresentar-me ao Rui Costa da Pedra Advogados (rcosta.pessoal@gmail.com)?",
            "Rui Costa",
        ),
        (
            "Could you introduce me to Ann Ross of Lumen Partners (aross.home@gmail.com)?",
            "Ann Ross",
        ),
    ],
)
def test_a_firm_after_a_particle_is_no_part_of_the_name(text: str, name: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b is not None
    assert result.b.name == name
    assert result.confident


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Könnten Sie mich bitte mit Frau Ursula von der Leyen (ursula@leyen.example)"
            " bekannt machen?",
            Party("Ursula von der Leyen", "ursula@leyen.example"),
        ),
        (
            "Can you introduce me to Ludwig van Beethoven (ludwig@beethoven.example)?",
            Party("Ludwig van Beethoven", "ludwig@beethoven.example"),
        ),
        (
            "Könnten Sie mich bitte mit Herrn Armando Tembe von Weizsäcker"
            " (armando@gmail.com) bekannt machen?",
            Party("Armando Tembe von Weizsäcker", "armando@gmail.com"),
        ),
        (
            "Könnten Sie mich bitte mit Frau Anna von Ost (anna@gmail.com) bekannt machen?",
            Party("Anna von Ost", "anna@gmail.com"),
        ),
        (
            "Tafadhali nitambulishe kwa Bw. Faraji wa Lake Zone (faraji@lakezone.example).",
            Party("Faraji wa Lake Zone", "faraji@lakezone.example"),
        ),
    ],
)
def test_a_surname_after_a_particle_is_kept(text: str, b: Party) -> None:
    result = understand(text)
    assert result.b == b
