"""A rank before a name is a title, as "Dr" is: "Captain Philip Strand", "Capt. Philip
Strand", "Lt. Col. Ann Reyes", "Hauptmann Jonas Weber", "el coronel Andrés Ruiz" are
named without it; a surname that is a rank ("Mary Major") is kept."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Could you introduce me to Captain Philip Strand (p.strand@sky.example)? He flies"
            " for SkyHaul.",
            Party("Philip Strand", "p.strand@sky.example"),
        ),
        (
            "Could you introduce me to Capt. Philip Strand (p.strand@sky.example)?",
            Party("Philip Strand", "p.strand@sky.example"),
        ),
        (
            "Could you introduce me to Lt. Col. Ann Reyes (ann@af.example)?",
            Party("Ann Reyes", "ann@af.example"),
        ),
        (
            "Könnten Sie mich mit Hauptmann Jonas Weber (j.weber@bw.example) bekannt machen?",
            Party("Jonas Weber", "j.weber@bw.example"),
        ),
        (
            "¿Me presentas al coronel Andrés Ruiz (aruiz@ej.example)?",
            Party("Andrés Ruiz", "aruiz@ej.example"),
        ),
        (
            "Could you introduce me to Mary Major (mary@major.example)?",
            Party("Mary Major", "mary@major.example"),
        ),
    ],
)
def test_a_rank_is_a_title(text: str, b: Party) -> None:
    assert confident_b(text) == b
