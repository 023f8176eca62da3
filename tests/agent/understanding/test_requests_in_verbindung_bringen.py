"""German asks to bring two people "in Verbindung" or "in Kontakt" ("Ich bitte Sie daher,
Herrn Strässle (...) mit Frau Rechtsanwältin Dr. Oberholz (...) in Verbindung zu
bringen"), a lawyer's or notary's title before the name ("Frau Rechtsanwältin", "Herr
Notar"), and a chair's title in a description after the name ("Herrn Jochen Albrecht,
Vorstandsvorsitzender der Bürgerstiftung, ...") naming no one more."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

SENDER = "Rüdiger Hahn <r.hahn@verband.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Ich bitte Sie daher, Herrn Uli Strasser (u.strasser@klinik.example) mit Frau"
        " Rechtsanwältin Dr. Katrin Oberholz (oberholz@kanzlei.example) in Verbindung zu"
        " bringen.",
        "Könnten Sie Herrn Uli Strasser (u.strasser@klinik.example) mit Herrn Notar Dr. Karl"
        " Oberholz (oberholz@kanzlei.example) in Verbindung bringen?",
        "Könnten Sie Herrn Uli Strasser (u.strasser@klinik.example) mit Frau Dr. Katrin"
        " Oberholz (oberholz@kanzlei.example) in Kontakt bringen?",
    ],
)
def test_bringing_two_in_touch_is_an_ask(body: str) -> None:
    result = understand(body + "\n\nMit freundlichen Grüßen\nRüdiger Hahn", sender=SENDER)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == "oberholz@kanzlei.example"
    assert result.confident


@pytest.mark.parametrize("role", ["Vorstandsvorsitzender", "Vorsitzender", "Schatzmeisterin"])
def test_a_chairs_title_after_the_name_is_no_one_more(role: str) -> None:
    result = understand(
        f"Ich möchte Sie bitten, mich mit Herrn Jochen Albers (j.albers@stiftung.example),"
        f" {role} der Bürgerstiftung Klimaschutz, bekannt zu machen.\n\nGruß\nRüdiger Hahn",
        sender=SENDER,
    )
    assert result.b == Party("Jochen Albers", "j.albers@stiftung.example")
    assert not result.more
    assert result.confident


def test_being_told_apart_from_a_project_is_no_ask() -> None:
    result = understand(
        "Bitte bringen Sie unsere Spende nicht mit dem Bauprojekt in Verbindung.\n\nGruß\nRüdiger",
        sender=SENDER,
    )
    assert result.kind == "not_a_request"
