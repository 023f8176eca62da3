"""French asks put to one the writer says "tu" to, the verb in the subjunctive after
"que" ("Je voudrais que tu présentes Camille ... à Inès ..."): the one named after the
verb is presented to the one after "à", a relative clause describing the first between
them or not. The writer's own "je te présente" presents someone directly, as before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_CAMILLE = Party("Camille Roux", "camille@roux.example")
_INES = Party("Inès Barros", "ines@barros.example")


@pytest.mark.parametrize(
    "body",
    [
        "Salut,\n\nJe voudrais que tu présentes Camille Roux (camille@roux.example), qui "
        "tient un atelier de couture à Lyon, à Inès Barros (ines@barros.example).\n\nMerci !",
        "Salut,\n\nJ'aimerais bien que tu présentes Camille Roux (camille@roux.example) à "
        "Inès Barros (ines@barros.example), elles ont plein de choses à se dire.\n\nMerci !",
    ],
)
def test_que_tu_presentes_a_to_b_is_their_pair(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_CAMILLE, _INES)
    assert result.confident


def test_the_writer_presenting_someone_herself_is_read_as_before() -> None:
    result = understand(
        "Salut Inès,\n\nJe te présente Camille Roux (camille@roux.example), qui tient un "
        "atelier de couture à Lyon.\n\nBises"
    )
    assert (result.a, result.b) != (_CAMILLE, _INES)
    assert not (result.kind == "intro_request" and result.confident and result.b == _INES)
