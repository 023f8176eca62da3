"""A firm or a place named in the description of the one asked for ("Sandrine, la
sommelière du Clos des Lilas", "the chef at Restaurant Lumière"), its name opened by one
of ``organisation_words`` ("Restaurant", "Café", "Hotel", "Domaine", "Clos", "Weingut",
"Quinta"): where that one works, no second party."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("ask", "person"),
    [
        (
            "Pourriez-vous me mettre en relation avec Sandrine, la sommelière du Clos des "
            "Lilas dont je vous avais parlé ? J'aimerais lui proposer notre cuvée.",
            "Sandrine",
        ),
        (
            "Pourriez-vous me mettre en contact avec Lucie, la cheffe du Domaine des Près ?",
            "Lucie",
        ),
        (
            "Could you put me in touch with Marco, the head chef of Restaurant Lumière? I "
            "want to pitch our cheeses.",
            "Marco",
        ),
        (
            "Could you introduce me to Ines, the manager of Hotel Miramar? We run tours.",
            "Ines",
        ),
        (
            "Pode me apresentar à Marta, a enóloga da Quinta do Crasto? Quero falar de vinhos.",
            "Marta",
        ),
    ],
)
def test_a_venue_in_a_description_is_no_party(ask: str, person: str) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.name == person
    assert result.more == ()
    assert not result.confident


@pytest.mark.parametrize(
    "ask",
    [
        "Could you put me in touch with Marco, and with his partner Ines Duarte "
        "(ines@miramar.example)?",
        "Pourriez-vous me mettre en relation avec Marco, et avec son associée Ines Duarte "
        "(ines@miramar.example) ?",
    ],
)
def test_a_person_after_a_description_is_still_the_one_described(ask: str) -> None:
    # Near-miss: a person's name where the venue stood is a second party as before.
    result = understand(ask)
    assert result.b is not None and result.b.name == "Marco"
    assert len(result.more) == 1
    assert result.more[0].b.email == "ines@miramar.example"
