"""A name greeted with a colon ("Hola Inês:", "Olá Inês:") is the one spoken to, as
with a comma, and never the "him" of an ask."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import AGENT, understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_TO = "Inês Carvalho <ines@vale.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Hola Inês:\n\nMe refiero a presentármelo a mí directamente.\n\nAnn",
        "Hi Inês:\n\nI mean could you introduce me to him directly.\n\nAnn",
        "Bonjour Inês :\n\nPourriez-vous me le présenter directement ?\n\nAnn",
        "Olá Inês:\n\nPode apresentá-lo a mim diretamente?\n\nAnn",
    ],
)
def test_the_one_greeted_with_a_colon_is_never_the_pronoun(body: str) -> None:
    result = understand(body, to=_TO, cc=AGENT)
    parties = [result.a, result.b, *(p for pair in result.more for p in (pair.a, pair.b))]
    assert all(p is None or p.email != "ines@vale.example" for p in parties)
    assert not result.confident


def test_the_one_named_before_with_a_place_after_is_still_the_pronoun() -> None:
    result = understand(
        "Me dicen que la Dra. Inés Albornoz, de la Universidad Nacional de Cuyo, tiene "
        "datos. ¿Sería posible que me pusieran en contacto con ella?"
    )
    assert {result.a, result.b} == {_WRITER, Party("Inés Albornoz", None)}
    assert not result.confident
