"""German writes a name's genitive without an apostrophe: "Sabines Adresse:
roth@..." gives Sabine's address, Sabine Roth's where the mail names her so, though
the lead reads "Sabines" as the name; someone else's first name ("Annas Adresse")
gives nobody asked for an address, and a name ending on an "s" of its own ("Thomas
Adresse") is that name."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

FELIX = Party("Felix Hartung", "f.hartung@verlag.example")


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Könntet ihr bitte Felix Hartung (f.hartung@verlag.example) mit Sabine Roth"
            " bekannt machen?\nSabines Adresse: roth@druckerei.example",
            Party("Sabine Roth", "roth@druckerei.example"),
        ),
        (
            "Bitte stell Felix Hartung (f.hartung@verlag.example) Petra Lang vor."
            " Petras Adresse lautet lang@studio.example",
            Party("Petra Lang", "lang@studio.example"),
        ),
        (
            "Könntet ihr bitte Felix Hartung (f.hartung@verlag.example) mit Thomas Roth"
            " bekannt machen?\nThomas Adresse: roth@druckerei.example",
            Party("Thomas Roth", "roth@druckerei.example"),
        ),
    ],
)
def test_genitive_lead_gives_the_named_one_the_address(text: str, b: Party) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (FELIX, b)
    assert result.confident


def test_genitive_of_someone_else_gives_no_address() -> None:
    result = understand(
        "Könntet ihr bitte Felix Hartung (f.hartung@verlag.example) mit Petra Roth"
        " bekannt machen?\nAnnas Adresse: roth@druckerei.example"
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Petra Roth", None)
    assert not result.confident
