"""A titled name opening on a listed first name is a person's, though its last word is
written as one of ``organisation_words`` is ("Mme Fatima Camara", "Ms Anna Camara": the
Portuguese "câmara"): an address given after it for "her" is hers. Without the title the
name stays doubtful, as before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Pouvez-vous me présenter à Mme Fatima Camara, présidente de l'association des"
            " commerçants ? Son adresse : f.camara@commercants-nord.example",
            Party("Fatima Camara", "f.camara@commercants-nord.example"),
        ),
        (
            "Could you introduce me to Ms Anna Camara? Her address is a.camara@harbourfm.example",
            Party("Anna Camara", "a.camara@harbourfm.example"),
        ),
    ],
)
def test_a_titled_person_is_given_the_address(text: str, party: Party) -> None:
    assert confident_b(text) == party


def test_without_a_title_the_address_stays_untied() -> None:
    result = understand(
        "Could you introduce me to Anna Camara? Her address is a.camara@harbourfm.example"
    )
    assert result.kind == "intro_request"
    assert result.b is not None
    assert result.b.email is None
    assert not result.confident
