"""A display name that writes the surname first in capitals and no comma ("TAKAHASHI
Kenji", "ROUX Chantal", "WHITFIELD-ASARE Jonathan", "ÖZTÜRK Ayşe") is the person as they
write themselves, given name first; a firm's name in capitals ("IBM Support", "ACME
Ltd") or a name whose second word is no listed first name stays as written. The
requester was named "TAKAHASHI Kenji"."""

from __future__ import annotations

import pytest

from agent.understanding.request_people import natural_name
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("display", "name"),
    [
        ("TAKAHASHI Kenji", "Kenji Takahashi"),
        ("ROUX Chantal", "Chantal Roux"),
        ("WHITFIELD-ASARE Jonathan", "Jonathan Whitfield-Asare"),
        ("ÖZTÜRK Ayşe", "Ayşe Öztürk"),
        ("GONZÁLEZ María", "María González"),
    ],
)
def test_a_capitals_surname_first_is_read_last(display: str, name: str) -> None:
    assert natural_name(display) == name


@pytest.mark.parametrize(
    "display", ["IBM Support", "ACME Ltd", "NHS Mail", "Tom Reilly", "KENJI TAKAHASHI"]
)
def test_other_display_names_are_kept(display: str) -> None:
    assert natural_name(display) == display


def test_the_requester_is_named_in_natural_order() -> None:
    result = understand(
        "Could you introduce me to Priya Raman (priya@lumen.example)?",
        sender="TAKAHASHI Kenji <k.takahashi@ip.example>",
    )
    assert result.requester is not None
    assert result.requester.name == "Kenji Takahashi"
