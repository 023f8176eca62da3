"""A writer asking on someone's behalf for "an introduction of him" to another ("uma
apresentação dele ao ...", "une présentation de lui à ...", "una presentación suya a
...", "utambulisho wake kwa ...") asks for the one written for, "him" being that one, as
"introduce him to" does."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_BRUNO = Party("Bruno Lacerda", "bruno@lacerda-vinhos.example")
_SOFIA = Party("Sofia Amaral", "sofia@amaral-design.example")
_WRITER = "Clara Reis <clara.reis@lacerda-vinhos.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Good morning,\n\nOn behalf of Bruno Lacerda (bruno@lacerda-vinhos.example), I "
        "would like to request an introduction of him to Sofia Amaral "
        "(sofia@amaral-design.example), who designs labels.\n\nClara Reis",
        "Bom dia,\n\nEm nome do Bruno Lacerda (bruno@lacerda-vinhos.example), queria pedir "
        "uma apresentação dele à designer Sofia Amaral (sofia@amaral-design.example).\n\n"
        "Clara Reis",
        "Bonjour,\n\nAu nom de Bruno Lacerda (bruno@lacerda-vinhos.example), je voudrais "
        "demander une présentation de lui à Sofia Amaral (sofia@amaral-design.example).\n\n"
        "Clara Reis",
        "Buenos días,\n\nEn nombre de Bruno Lacerda (bruno@lacerda-vinhos.example), quería "
        "pedir una presentación suya a Sofia Amaral (sofia@amaral-design.example).\n\n"
        "Clara Reis",
        "Habari za asubuhi,\n\nKwa niaba ya Bruno Lacerda (bruno@lacerda-vinhos.example), "
        "naomba utambulisho wake kwa Sofia Amaral (sofia@amaral-design.example).\n\n"
        "Clara Reis",
    ],
)
def test_an_introduction_of_him_asks_for_the_one_written_for(body: str) -> None:
    result = understand(body, sender=_WRITER)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_BRUNO, _SOFIA)
    assert result.confident
