"""A From header may give the name one goes by ("Peggy Lawson") where a line of the mail
signs with the name in full and the other quoted ('Margaret "Peggy" Lawson', 'Enric
"Quique" Roig', 'Aparecida “Cida” Moura'): the requester is named in full."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from agent.understanding.signatures import signed_full_name
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("text", "writer", "full"),
    [
        (
            'Thanks,\nPeggy\n\nMargaret "Peggy" Lawson\nOutreach Lead',
            "Peggy Lawson",
            "Margaret Lawson",
        ),
        ('Gracias,\nQuique\n\n--\nEnric "Quique" Roig\n', "Quique Roig", "Enric Roig"),
        ("Abraços,\nCida\n\nAparecida “Cida” Moura\n", "Cida Moura", "Aparecida Moura"),
        ("Danke,\nHansi\n\nJohann 'Hansi' Huber\n", "Hansi Huber", "Johann Huber"),
    ],
)
def test_a_signing_line_with_the_quoted_name_gives_the_full_name(
    text: str, writer: str, full: str
) -> None:
    assert signed_full_name(text, writer) == full


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # Another quoted name, another surname, or more than a name on the line.
        ('Thanks,\nMargaret "Meg" Lawson', "Peggy Lawson"),
        ('Thanks,\nMargaret "Peggy" Adams', "Peggy Lawson"),
        ('Love from Margaret "Peggy" Lawson', "Peggy Lawson"),
        ('She calls herself "Peggy" Lawson these days.', "Peggy Lawson"),
        ("Thanks,\nPeggy Lawson", "Peggy Lawson"),
    ],
)
def test_no_such_line_keeps_the_header_name(text: str, writer: str) -> None:
    assert signed_full_name(text, writer) == writer


def test_the_requester_is_named_in_full() -> None:
    result = understand(
        "Could you introduce me to Priya Raman (priya@lumen.example)?\n\nThanks,\nPeggy\n\n"
        'Margaret "Peggy" Lawson\nVolunteer Lead',
        sender="Peggy Lawson <peggy@lawson.example>",
    )
    assert result.requester == Party("Margaret Lawson", "peggy@lawson.example")
    assert result.b == Party("Priya Raman", "priya@lumen.example")
    assert result.confident
