"""Initials written before a surname are the name's ("J.-P. Roth", "J. P. Roth", "Dr. J.
Smith"); a postscript's mark ("P.S.") or a title ("M.", the French "Monsieur") opens no
name. A surname an address writes after an initial ("p.otieno@", "jperez@") is a whole
name, so a particle and a word opening that address's domain after it ("Mr. Otieno wa
Equity", "Sr. Pérez de Bancolombia") say where they work, and the address is theirs; a
particle inside a name stays ("Maria da Silva", "Ursula von der Leyen")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Could you introduce me to J. P. Roth (jp.roth@roth.example)?",
            Party("J. P. Roth", "jp.roth@roth.example"),
        ),
        (
            "Könnten Sie mich mit J.-P. Roth (jp.roth@roth-holzbau.ch) bekannt machen?",
            Party("J.-P. Roth", "jp.roth@roth-holzbau.ch"),
        ),
        (
            "Could you introduce me to Dr. J. Smith (j.smith@smith.example)?",
            Party("J. Smith", "j.smith@smith.example"),
        ),
        (
            "Pourriez-vous me présenter à M. Fernández (fernandez@f.example) ?",
            Party("Fernández", "fernandez@f.example"),
        ),
        (
            "nisaidie kuniunganisha na Mr. Otieno wa Equity (p.otieno@equitybank.co.ke) tafadhali",
            Party("Otieno", "p.otieno@equitybank.co.ke"),
        ),
        (
            "¿Me presentas al Sr. Pérez de Bancolombia (jperez@bancolombia.com)?",
            Party("Pérez", "jperez@bancolombia.com"),
        ),
        (
            "Pode me apresentar ao Sr. Costa da Galp (r.costa@galp.pt)?",
            Party("Costa", "r.costa@galp.pt"),
        ),
        (
            "Pouvez-vous me présenter à Mme Dubois de Lumen (c.dubois@lumen.fr) ?",
            Party("Dubois", "c.dubois@lumen.fr"),
        ),
        (
            "Please introduce me to Sra. Maria da Silva (m.silva@silva.pt).",
            Party("Maria da Silva", "m.silva@silva.pt"),
        ),
        (
            "Please introduce me to Ilse van der Berg (ilse@berg.nl).",
            Party("Ilse van der Berg", "ilse@berg.nl"),
        ),
        (
            "Könnten Sie mich mit Ursula von der Leyen (u.vonderleyen@leyen.eu) bekannt machen?",
            Party("Ursula von der Leyen", "u.vonderleyen@leyen.eu"),
        ),
    ],
)
def test_initials_and_firms_after_a_surname(text: str, b: Party) -> None:
    assert confident_b(text) == b


def test_a_postscript_mark_opens_no_name() -> None:
    result = understand(
        "Thanks!\n\nP.S. Anna Roth (anna@roth.example) would love an intro to Bob Lee"
        " (bob@lee.example)."
    )
    names = {party.name for party in (result.a, result.b) if party is not None}
    assert not any(name and name.startswith("P.S.") for name in names)
