"""After a name's particle, a capitalised word before one that opens an organisation's name
describes the organisation, where the one named is from, and starts no surname: "Frau
Prof. Dr. Ingrid Hallstein von der Pädagogischen Hochschule Freiburg (...)" is Ingrid
Hallstein. A surname after a particle is kept ("Ursula von der Leyen", "Claire de la
Fontaine"). English "of" and Swahili "wa" are no particles: their organisations are read
by ``organisation_leads``."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Könnten Sie mich mit Frau Prof. Dr. Ingrid Hallstein von der Pädagogischen"
            " Hochschule Freiburg (ingrid.hallstein@ph.example) bekannt machen?",
            Party("Ingrid Hallstein", "ingrid.hallstein@ph.example"),
        ),
        (
            "Pourriez-vous me présenter à Claire Vautrin de la Nouvelle Université de Rennes"
            " (claire.vautrin@nu.example) ?",
            Party("Claire Vautrin", "claire.vautrin@nu.example"),
        ),
        (
            "¿Podría presentarme a Mercedes Quiroga de la Nueva Universidad de Sevilla"
            " (mquiroga@nu.example)?",
            Party("Mercedes Quiroga", "mquiroga@nu.example"),
        ),
        (
            "Poderia me apresentar ao Eduardo Tavares da Nova Universidade de Lisboa"
            " (eduardo.tavares@nova.example)?",
            Party("Eduardo Tavares", "eduardo.tavares@nova.example"),
        ),
    ],
)
def test_an_organisation_described_after_a_particle(text: str, b: Party) -> None:
    assert confident_b(text) == b


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Könnten Sie mich mit Ursula von der Leyen (u.vonderleyen@eu.example) bekannt machen?",
            Party("Ursula von der Leyen", "u.vonderleyen@eu.example"),
        ),
        (
            "Pourriez-vous me présenter à Claire de la Fontaine (claire.delafontaine@x.example) ?",
            Party("Claire de la Fontaine", "claire.delafontaine@x.example"),
        ),
    ],
)
def test_a_surname_after_a_particle_kept(text: str, b: Party) -> None:
    assert understand(text).b == b
