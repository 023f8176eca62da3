"""After a first name and a surname, a particle followed by that surname again opens the
family's firm, where the one named works, never a surname of their own: "Andreas Hofer von
Hofer Seilbahntechnik (...)" is Andreas Hofer. The surname alone after the particle, with
no firm's name after it and no address's domain opening on it ("María Ruiz de Ruiz"), is
still read as hers."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Könnten Sie mich mit Herrn Andreas Hofer von Hofer Seilbahntechnik in Schladming"
            " bekannt machen (a.hofer@hofer-seilbahntechnik.at)?",
            Party("Andreas Hofer", "a.hofer@hofer-seilbahntechnik.at"),
        ),
        (
            "Könnten Sie mich mit Herrn Andreas Hofer von Hofer in Schladming bekannt machen"
            " (a.hofer@hofer.at)?",
            Party("Andreas Hofer", "a.hofer@hofer.at"),
        ),
        (
            "Pourriez-vous me présenter à Paul Martin de Martin Frères (paul@martin-freres.fr) ?",
            Party("Paul Martin", "paul@martin-freres.fr"),
        ),
        (
            "¿Me presentas a Marta Ruiz de Ruiz Ingenieros (m.ruiz@ruizingenieros.es)?",
            Party("Marta Ruiz", "m.ruiz@ruizingenieros.es"),
        ),
        (
            "Pode apresentar-me ao João Silva da Silva Engenharia (joao@silvaeng.pt)?",
            Party("João Silva", "joao@silvaeng.pt"),
        ),
        (
            "Could you introduce me to Ann Ross of Ross Engineering"
            " (ann.ross@rossengineering.com)?",
            Party("Ann Ross", "ann.ross@rossengineering.com"),
        ),
    ],
)
def test_the_surname_again_after_a_particle_is_the_family_firm(text: str, b: Party) -> None:
    assert confident_b(text) == b


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "¿Me presentas a María Ruiz de Ruiz (maria@gmail.com)?",
            Party("María Ruiz de Ruiz", "maria@gmail.com"),
        ),
        (
            "Könnten Sie mich mit Ilse van der Berg (ilse@berg.nl) bekannt machen?",
            Party("Ilse van der Berg", "ilse@berg.nl"),
        ),
        (
            "Könnten Sie mich mit Ursula von der Leyen (u.vonderleyen@eu.example) bekannt machen?",
            Party("Ursula von der Leyen", "u.vonderleyen@eu.example"),
        ),
    ],
)
def test_a_surname_after_a_particle_otherwise_stays(text: str, b: Party) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b == b


@pytest.mark.parametrize(
    "text",
    [
        "Could you introduce me to Ursula Gerber of Gerber Verkehrsplanung in Zurich"
        " (u.gerber@gerber-verkehrsplanung.ch)?",
        "Could you introduce me to Ursula Gerber of Gerber Verkehrsplanung"
        " (u.gerber@gerber-verkehrsplanung.ch)?",
        "Pourriez-vous me présenter à Ursula Gerber de Gerber Verkehrsplanung à Zurich"
        " (u.gerber@gerber-verkehrsplanung.ch) ?",
        "¿Me presentas a Ursula Gerber de Gerber Verkehrsplanung en Zúrich"
        " (u.gerber@gerber-verkehrsplanung.ch)?",
        "Könnten Sie mich mit Ursula Gerber von Gerber Verkehrsplanung in Zürich"
        " (u.gerber@gerber-verkehrsplanung.ch) bekannt machen?",
        "Pode apresentar-me à Ursula Gerber da Gerber Verkehrsplanung em Zurique"
        " (u.gerber@gerber-verkehrsplanung.ch)?",
        "Tafadhali nitambulishe kwa Ursula Gerber wa Gerber Verkehrsplanung huko Zurich"
        " (u.gerber@gerber-verkehrsplanung.ch).",
    ],
)
def test_an_address_after_the_family_firm_spelling_her_initial_is_hers(text: str) -> None:
    result = understand(text)
    assert result.b == Party("Ursula Gerber", "u.gerber@gerber-verkehrsplanung.ch")
    assert result.confident


@pytest.mark.parametrize(
    "address",
    ["gerber@gerber-verkehrsplanung.ch", "info@gerber-verkehrsplanung.ch", "m.gerber@gv.ch"],
)
def test_an_address_after_the_family_firm_spelling_only_the_firm_stays_unsure(
    address: str,
) -> None:
    # The surname alone is the firm's as much as hers; another initial is someone else's.
    result = understand(
        f"Could you introduce me to Ursula Gerber of Gerber Verkehrsplanung ({address})?"
    )
    assert result.kind == "intro_request"
    assert not result.confident
